using System;

namespace MiniHttp.Hosting;

/// <summary>
/// What stops the host's server from starting for a reason the operator can fix: bad configuration, a missing service, a
/// certificate that will not load. Its message is one line that names the problem and the fix.
/// </summary>
internal sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);

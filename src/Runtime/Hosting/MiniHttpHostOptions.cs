using System;

namespace MiniHttp.Hosting;

/// <summary>What <c>AddMiniHttp</c> was given, for the hosted service it registers.</summary>
internal sealed class MiniHttpHostOptions
{
    /// <summary>The application's changes to each server's options, after configuration: static files, forwarded headers, compression.</summary>
    public Func<ServerOptions, ServerOptions>? Configure { get; init; }

    /// <summary>Sets the process's exit code on a failed start; a test sees the code here instead of changing its own process's.</summary>
    public Action<int> SetExitCode { get; init; } = static code => Environment.ExitCode = code;
}

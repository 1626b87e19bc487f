using System;
using Microsoft.Extensions.Logging;

namespace MiniHttp.Hosting;

/// <summary>What the host integration logs, under the category <c>MiniHttp.Hosting</c>.</summary>
internal static partial class HostingLog
{
    /// <summary>The servers could not start: one line that names the endpoint or setting and the fix.</summary>
    [LoggerMessage(EventId = 15, EventName = "StartFailed", Level = LogLevel.Critical, Message = "{Reason}")]
    public static partial void StartFailed(ILogger logger, string reason, Exception? exception);
}

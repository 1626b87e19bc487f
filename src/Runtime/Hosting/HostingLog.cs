using System;
using System.Net;
using Microsoft.Extensions.Logging;

namespace MiniHttp.Hosting;

/// <summary>What the host integration logs, under the category <c>MiniHttp.Hosting</c>.</summary>
internal static partial class HostingLog
{
    /// <summary>The servers could not start: one line that names the endpoint or setting and the fix.</summary>
    [LoggerMessage(EventId = 15, EventName = "StartFailed", Level = LogLevel.Critical, Message = "{Reason}")]
    public static partial void StartFailed(ILogger logger, string reason, Exception? exception);

    /// <summary>localhost was asked for, and this machine has no IPv6 loopback: the server listens on IPv4's alone.</summary>
    [LoggerMessage(EventId = 16, EventName = "LoopbackUnavailable", Level = LogLevel.Warning, Message = "Not listening on {EndPoint} for localhost: this machine has no IPv6 loopback; 127.0.0.1 serves alone.")]
    public static partial void LoopbackUnavailable(ILogger logger, IPEndPoint endPoint, Exception exception);
}

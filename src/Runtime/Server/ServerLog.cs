using System;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using MiniHttp.Diagnostics;
using MiniHttp.Parsing;

namespace MiniHttp;

/// <summary>
/// Every message the server logs, as source-generated <see cref="LoggerMessageAttribute"/> methods: nothing is formatted,
/// and no span is turned into a string, unless the logger is enabled for the message's level.
/// </summary>
internal static partial class ServerLog
{
    /// <summary>A handler threw; the client got a bare <c>500</c>, or nothing more if its response was already written.</summary>
    public static void HandlerFailed(ILogger logger, Exception exception, ReadOnlySpan<byte> method, ReadOnlySpan<byte> path)
    {
        if (logger.IsEnabled(LogLevel.Error))
        {
            // The request line was validated to visible ASCII, so Latin-1 shows it byte for byte.
            LogHandlerFailed(logger, exception, Encoding.Latin1.GetString(method), Encoding.Latin1.GetString(path));
        }
    }

    [LoggerMessage(EventId = 1, EventName = "HandlerFailed", Level = LogLevel.Error, Message = "The handler for {Method} {Path} threw an exception.")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string method, string path);

    /// <summary>The connection ended because the client reset it or the socket failed: routine for a server on a network.</summary>
    [LoggerMessage(EventId = 2, EventName = "ConnectionReset", Level = LogLevel.Debug, Message = "The connection from {RemoteEndPoint} was reset.")]
    public static partial void ConnectionReset(ILogger logger, Exception exception, EndPoint? remoteEndPoint);

    /// <summary>The connection ended on an exception that is not a network failure: a fault in the server.</summary>
    [LoggerMessage(EventId = 3, EventName = "ConnectionFailed", Level = LogLevel.Error, Message = "The connection from {RemoteEndPoint} failed.")]
    public static partial void ConnectionFailed(ILogger logger, Exception exception, EndPoint? remoteEndPoint);

    /// <summary>A client reset its connection before it was accepted and set up: it affects that client only.</summary>
    [LoggerMessage(EventId = 4, EventName = "AcceptReset", Level = LogLevel.Debug, Message = "A connection was reset before it was accepted and set up.")]
    public static partial void AcceptReset(ILogger logger, Exception exception);

    /// <summary>Accepting failed for want of descriptors or buffers: the server backs off and is close to its resource limits.</summary>
    [LoggerMessage(EventId = 5, EventName = "AcceptBackoff", Level = LogLevel.Warning, Message = "Accepting a connection failed for want of resources; retrying shortly.")]
    public static partial void AcceptBackoff(ILogger logger, Exception exception);

    /// <summary>A deferred handler gave up because its client went away (it observed <see cref="HttpRequest.Aborted"/>).</summary>
    [SuppressMessage("Performance", "CA1873", Justification = "The strings are made only inside the IsEnabled check, which the analyzer does not see for Debug.")]
    public static void RequestAborted(ILogger logger, ReadOnlySpan<byte> method, ReadOnlySpan<byte> path)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            LogRequestAborted(logger, Encoding.Latin1.GetString(method), Encoding.Latin1.GetString(path));
        }
    }

    [LoggerMessage(EventId = 6, EventName = "RequestAborted", Level = LogLevel.Debug, Message = "The handler for {Method} {Path} stopped: its client went away.")]
    private static partial void LogRequestAborted(ILogger logger, string method, string path);

    /// <summary>A client did not finish its TLS handshake in time, or sent something that is not one (plain HTTP, say).</summary>
    [LoggerMessage(EventId = 7, EventName = "TlsHandshakeFailed", Level = LogLevel.Debug, Message = "The TLS handshake with {RemoteEndPoint} failed.")]
    public static partial void TlsHandshakeFailed(ILogger logger, Exception exception, EndPoint? remoteEndPoint);

    /// <summary>The server is listening: where, and whether over TLS.</summary>
    [LoggerMessage(EventId = 8, EventName = "ServerStarted", Level = LogLevel.Information, Message = "Listening on {EndPoint} ({Scheme}).")]
    public static partial void ServerStarted(ILogger logger, EndPoint endPoint, string scheme);

    /// <summary>The server stopped accepting and is closing its connections: gracefully, or at once when no time was given.</summary>
    [LoggerMessage(EventId = 9, EventName = "ServerStopping", Level = LogLevel.Information, Message = "Stopping {EndPoint}: {OpenConnections} connections open, graceful: {Graceful}.")]
    public static partial void ServerStopping(ILogger logger, EndPoint endPoint, int openConnections, bool graceful);

    /// <summary>The server stopped; the connections still open at the deadline were aborted.</summary>
    [LoggerMessage(EventId = 10, EventName = "ServerStopped", Level = LogLevel.Information, Message = "Stopped {EndPoint}: {AbortedConnections} connections aborted at the deadline.")]
    public static partial void ServerStopped(ILogger logger, EndPoint endPoint, int abortedConnections);

    /// <summary>A request was answered with a rejection (bad framing, a limit, a timeout) and its connection closed.</summary>
    [SuppressMessage("Performance", "CA1873", Justification = "The status and name are looked up only inside the IsEnabled check, which the analyzer does not see for Debug.")]
    public static void RequestRejected(ILogger logger, EndPoint? remoteEndPoint, RequestRejection rejection)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            LogRequestRejected(logger, remoteEndPoint, rejection.StatusCode(), RejectionNames.ErrorType(rejection));
        }
    }

    [LoggerMessage(EventId = 11, EventName = "RequestRejected", Level = LogLevel.Debug, Message = "Rejected a request from {RemoteEndPoint} with {StatusCode}: {Reason}.")]
    private static partial void LogRequestRejected(ILogger logger, EndPoint? remoteEndPoint, int statusCode, string reason);

    /// <summary>
    /// A client did not take its responses at <see cref="ServerLimits.MinResponseDataRate"/>, so its connection was aborted:
    /// one that pipelines requests and never reads the answers, or reads them too slowly.
    /// </summary>
    [LoggerMessage(EventId = 13, EventName = "ResponseDataRateNotMet", Level = LogLevel.Debug, Message = "The connection from {RemoteEndPoint} was aborted: its client did not take its responses at the minimum data rate.")]
    public static partial void ResponseDataRateNotMet(ILogger logger, EndPoint? remoteEndPoint);

    /// <summary>
    /// Setting up an accepted connection failed for a reason other than its client resetting: a fault in the server. That
    /// connection was closed; the server accepts and serves the others as before.
    /// </summary>
    [LoggerMessage(EventId = 14, EventName = "ConnectionSetUpFailed", Level = LogLevel.Error, Message = "Setting up an accepted connection failed; it was closed.")]
    public static partial void ConnectionSetUpFailed(ILogger logger, Exception exception);

    /// <summary>Rejections past the rate limit were not logged one by one: this is how many.</summary>
    [LoggerMessage(EventId = 12, EventName = "RejectionsSuppressed", Level = LogLevel.Debug, Message = "{Count} more rejected requests were not logged, past the limit of {Limit} a second.")]
    public static partial void RejectionsSuppressed(ILogger logger, long count, int limit);
}

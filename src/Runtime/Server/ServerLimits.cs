using System;

namespace MiniHttp;

/// <summary>
/// Bounds on what one request may make the server hold. Change a limit with <c>with</c>:
/// <c>ServerLimits.Default with { MaxRequestBodySize = 1_000_000 }</c>.
/// </summary>
/// <remarks>The defaults are Kestrel's, so an application moving over keeps its behaviour.</remarks>
public readonly record struct ServerLimits
{
    public ServerLimits()
    {
    }

    /// <summary>
    /// The defaults: 8 KiB request line, 32 KiB of headers in at most 100 fields, 30,000,000 body bytes (1 MiB for a body
    /// read whole before its handler runs), no bound on concurrent connections, 130 s keep-alive, 30 s for a request's
    /// headers, a body at 240 bytes/s after a 5 s grace period, responses taken at 240 bytes/s after a 5 s grace period,
    /// 10 s for a TLS handshake, 64 KiB of unsent responses per connection; WebSocket messages of 1 MiB, 130 s idle, 5 s
    /// for the client's close.
    /// </summary>
    public static ServerLimits Default => new();

    /// <summary>The longest request line, CRLF included; longer is <c>414 URI Too Long</c>.</summary>
    public int MaxRequestLineSize { get; init => field = Positive(value, nameof(MaxRequestLineSize)); } = 8 * 1024;

    /// <summary>The most bytes of header fields after the request line; more is <c>431</c>.</summary>
    public int MaxRequestHeadersTotalSize { get; init => field = Positive(value, nameof(MaxRequestHeadersTotalSize)); } = 32 * 1024;

    /// <summary>The most header fields; more is <c>431</c>.</summary>
    public int MaxRequestHeaderCount { get; init => field = Positive(value, nameof(MaxRequestHeaderCount)); } = 100;

    /// <summary>The largest body, by Content-Length or decoded chunks; larger is <c>413 Content Too Large</c>.</summary>
    public long MaxRequestBodySize { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRequestBodySize), "The limit must not be negative."); } = 30_000_000;

    /// <summary>
    /// The largest body read whole into memory before its handler runs, by Content-Length or decoded chunks: the body of a
    /// route whose handler takes it as a value (<see cref="HttpRequest.Body"/>, a <c>[FromBody]</c> parameter) rather than
    /// as a <c>Stream</c> or <c>PipeReader</c>. Larger is <c>413 Content Too Large</c> and the connection closes, decided
    /// from the Content-Length or the chunk sizes before the rest of the body is read. 1 MiB by default (as Kestrel's
    /// <c>MaxRequestBufferSize</c>); a route's <see cref="MaxBufferedRequestBodySizeAttribute"/> sets its own. Either way
    /// <see cref="MaxRequestBodySize"/> bounds it too. Routes that stream their body are held to
    /// <see cref="MaxRequestBodySize"/> only, since the server holds about one receive of a streamed body at a time.
    /// </summary>
    public int MaxBufferedRequestBodySize { get; init => field = Positive(value, nameof(MaxBufferedRequestBodySize)); } = 1024 * 1024;

    /// <summary>
    /// The most connections served at once; <see langword="null"/> (the default, as in Kestrel) for no bound. A connection
    /// beyond it is accepted and closed at once, without a response, and counted in
    /// <see cref="HttpServer{TRouter}.RefusedConnectionCount"/>.
    /// </summary>
    public int? MaxConcurrentConnections { get; init => field = value is not { } most || most > 0 ? value : throw NotPositive(nameof(MaxConcurrentConnections)); }

    /// <summary>
    /// How long a connection may wait for the first byte of its next request (after the previous response, or after it
    /// was accepted) before the server closes it, without a response.
    /// </summary>
    public TimeSpan KeepAliveTimeout { get; init => field = Positive(value, nameof(KeepAliveTimeout)); } = TimeSpan.FromSeconds(130);

    /// <summary>
    /// How long a client may take, from its request's first byte, to send the whole request head; longer is
    /// <c>408 Request Timeout</c> and the connection closes.
    /// </summary>
    public TimeSpan RequestHeadersTimeout { get; init => field = Positive(value, nameof(RequestHeadersTimeout)); } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The slowest a request body may arrive, averaged over the time the server spends waiting for it, once
    /// <see cref="MinRequestBodyDataRateGracePeriod"/> has passed; slower is <c>408 Request Timeout</c> (when no response
    /// was written yet) and the connection closes. <see langword="null"/> for no minimum.
    /// </summary>
    public double? MinRequestBodyDataRate { get; init => field = value is { } rate && !(rate > 0) ? throw NotPositive(nameof(MinRequestBodyDataRate)) : value; } = 240;

    /// <summary>How long a body may arrive at any rate before <see cref="MinRequestBodyDataRate"/> applies.</summary>
    public TimeSpan MinRequestBodyDataRateGracePeriod { get; init => field = Positive(value, nameof(MinRequestBodyDataRateGracePeriod)); } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The slowest a client may take its responses: each time the server waits for the socket to take response bytes
    /// (the client has not read enough of the earlier ones to make room), that send of <c>n</c> bytes may take the longer
    /// of <see cref="MinResponseDataRateGracePeriod"/> and <c>n</c> / rate seconds; longer, and the connection is aborted
    /// with a reset (which frees its send buffer at once), without a response. A send carries at most 17 KiB (a larger
    /// write is sent in pieces; a TLS record fits one), so no wait is allowed more than about 73 s at the default rate.
    /// <see langword="null"/> for no minimum.
    /// </summary>
    public double? MinResponseDataRate { get; init => field = value is { } rate && !(rate > 0) ? throw NotPositive(nameof(MinResponseDataRate)) : value; } = 240;

    /// <summary>How long any one send may wait for the client, whatever its size, before <see cref="MinResponseDataRate"/> applies.</summary>
    public TimeSpan MinResponseDataRateGracePeriod { get; init => field = Positive(value, nameof(MinResponseDataRateGracePeriod)); } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a TLS endpoint (<see cref="ServerOptions.Tls"/>) gives a client, from when it is accepted, to finish its
    /// handshake; longer, and the connection closes without a response.
    /// </summary>
    public TimeSpan TlsHandshakeTimeout { get; init => field = Positive(value, nameof(TlsHandshakeTimeout)); } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The most response bytes a connection writes before it sends them: past it, the connection stops answering the
    /// requests it has received and waits until the client has taken the responses, so a client that pipelines without
    /// reading cannot make the server buffer without bound.
    /// </summary>
    public int MaxResponseBufferSize { get; init => field = Positive(value, nameof(MaxResponseBufferSize)); } = 64 * 1024;

    /// <summary>
    /// The largest WebSocket message a client may send, in all its fragments; larger fails the connection with close code
    /// 1009, decided from the frame header that would pass it, before its payload is read. A message is held whole before
    /// its handler receives it, so this bounds the memory of each conversation. 1 MiB by default.
    /// </summary>
    public int MaxWebSocketMessageSize { get; init => field = Positive(value, nameof(MaxWebSocketMessageSize)); } = 1024 * 1024;

    /// <summary>
    /// How long a WebSocket handler may wait in <c>ReceiveAsync</c> for a client that sends nothing (no message, no ping)
    /// before the server closes the conversation with 1001. 130 s by default, as <see cref="KeepAliveTimeout"/>.
    /// </summary>
    public TimeSpan WebSocketIdleTimeout { get; init => field = Positive(value, nameof(WebSocketIdleTimeout)); } = TimeSpan.FromSeconds(130);

    /// <summary>
    /// How long the server waits, after its close frame, for the client's before it closes the TCP connection anyway.
    /// 5 s by default.
    /// </summary>
    public TimeSpan WebSocketCloseTimeout { get; init => field = Positive(value, nameof(WebSocketCloseTimeout)); } = TimeSpan.FromSeconds(5);

    private static TimeSpan Positive(TimeSpan value, string name) => value > TimeSpan.Zero ? value : throw NotPositive(name);

    private static int Positive(int value, string name) => value > 0 ? value : throw NotPositive(name);

    private static ArgumentOutOfRangeException NotPositive(string name) => new(name, "The limit must be positive.");
}

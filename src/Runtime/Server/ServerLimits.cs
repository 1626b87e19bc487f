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
    /// The defaults: 8 KiB request line, 32 KiB of headers in at most 100 fields, 30,000,000 body bytes, no bound on
    /// concurrent connections.
    /// </summary>
    public static ServerLimits Default => new();

    /// <summary>The longest request line, CRLF included; longer is <c>414 URI Too Long</c>.</summary>
    public int MaxRequestLineSize { get; init; } = 8 * 1024;

    /// <summary>The most bytes of header fields after the request line; more is <c>431</c>.</summary>
    public int MaxRequestHeadersTotalSize { get; init; } = 32 * 1024;

    /// <summary>The most header fields; more is <c>431</c>.</summary>
    public int MaxRequestHeaderCount { get; init; } = 100;

    /// <summary>The largest body, by Content-Length or decoded chunks; larger is <c>413 Content Too Large</c>.</summary>
    public long MaxRequestBodySize { get; init; } = 30_000_000;

    /// <summary>
    /// The most connections served at once; <see langword="null"/> (the default, as in Kestrel) for no bound. A connection
    /// beyond it is accepted and closed at once, without a response, and counted in
    /// <see cref="HttpServer{TRouter}.RefusedConnectionCount"/>.
    /// </summary>
    public int? MaxConcurrentConnections { get; init; }
}

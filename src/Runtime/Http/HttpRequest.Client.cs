using System.Net;

namespace MiniHttp;

public readonly ref partial struct HttpRequest
{
    /// <summary>
    /// The client's address: the peer's (<see cref="RemoteEndPoint"/>), unless the peer is a proxy trusted by
    /// <see cref="ServerOptions.ForwardedHeaders"/>; then the first address in its forwarded header, read from the
    /// right, that is not a trusted proxy. Null outside a server.
    /// </summary>
    /// <remarks>
    /// The forwarded header is read each time this is asked, and only then: read it once per request. A forwarded header
    /// that does not parse is ignored, and the peer is the client.
    /// </remarks>
    public IPAddress? ClientAddress => _connection is null ? null : ForwardedHeaders.Resolve(Headers, _connection).Address;

    /// <summary>
    /// Whether the client sent the request over HTTPS: the connection is TLS, or a trusted proxy says its client used
    /// <c>https</c> (<c>X-Forwarded-Proto</c> or the <c>proto</c> of <c>Forwarded</c>, as <see cref="ClientAddress"/> reads them).
    /// </summary>
    public bool IsHttps => _connection is not null && ForwardedHeaders.Resolve(Headers, _connection).IsHttps;

    /// <summary><c>https</c> or <c>http</c>, as <see cref="IsHttps"/> says.</summary>
    public string Scheme => IsHttps ? "https" : "http";
}

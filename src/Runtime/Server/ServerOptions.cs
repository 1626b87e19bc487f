using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MiniHttp;

/// <summary>How a <see cref="HttpServer{TRouter}"/> listens and what it accepts.</summary>
public sealed record ServerOptions
{
    /// <summary>The address and port to listen on; port 0 lets the operating system choose a free one.</summary>
    public required IPEndPoint EndPoint { get; init; }

    /// <summary>The most connections the operating system queues before the server accepts them.</summary>
    public int ListenBacklog { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(ListenBacklog), "The backlog must be positive."); } = 512;

    public ServerLimits Limits { get; init; } = ServerLimits.Default;

    /// <summary>
    /// How many accepts the server keeps pending on its listening socket at once; 1 by default. More than one lets new
    /// connections be taken on several cores at once, which pays off when many clients connect at the same time (short
    /// connections, reconnect storms) and the server has the cores for it.
    /// </summary>
    public int AcceptLoops { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(AcceptLoops), "There must be at least one accept loop."); } = 1;

    /// <summary>
    /// Lets several servers, in one process or several, listen on the same address and port (SO_REUSEPORT), with the
    /// kernel spreading new connections among them. Off by default, so that a second server on a taken port fails to
    /// start rather than silently sharing it. Linux only: the option is set by its Linux number.
    /// </summary>
    public bool ReusePort { get; init; }

    /// <summary>
    /// What moves the bytes between the sockets and the HTTP layer: <see cref="ServerTransport.Sockets"/> (the runtime's
    /// sockets, on every platform) unless the environment variable <c>MINIHTTP_TRANSPORT</c> is <c>epoll</c> when the
    /// options are made; <see cref="ServerTransport.Epoll"/> (Linux only) runs MiniHttp's own event loops, one per core.
    /// </summary>
    public ServerTransport Transport { get; init; } = TransportFromEnvironment();

    /// <summary>
    /// How many event loops the epoll transport runs; <see cref="Environment.ProcessorCount"/> by default, one per core
    /// the process may use. Each connection stays on one loop for its whole life.
    /// </summary>
    public int EventLoops { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(EventLoops), "There must be at least one event loop."); } = Environment.ProcessorCount;

    /// <summary>
    /// Directories served as static files, each at its URL prefix, ahead of the router: a request under a prefix is
    /// answered from disk and never reaches a handler. None by default.
    /// </summary>
    public IReadOnlyList<StaticFileMapping> StaticFiles { get; init => field = value ?? throw new ArgumentNullException(nameof(StaticFiles)); } = [];

    /// <summary>
    /// Makes the endpoint a TLS one (HTTPS); <see langword="null"/>, the default, for plain HTTP. Each connection's
    /// handshake must end within <see cref="ServerLimits.TlsHandshakeTimeout"/>.
    /// </summary>
    public TlsOptions? Tls { get; init; }

    /// <summary>
    /// The proxies trusted to name the client and scheme in forwarded headers, read by <see cref="HttpRequest.ClientAddress"/>
    /// and <see cref="HttpRequest.IsHttps"/>; <see langword="null"/>, the default, trusts none and never reads those headers.
    /// </summary>
    public ForwardedHeadersOptions? ForwardedHeaders { get; init; }

    /// <summary>
    /// How the routes that compress (<see cref="CompressAttribute"/>) compress: codings, levels and the smallest body;
    /// <see cref="CompressionOptions.Default"/> unless set. Which routes compress is decided at compile time.
    /// </summary>
    public CompressionOptions Compression { get; init => field = value ?? throw new ArgumentNullException(nameof(Compression)); } = CompressionOptions.Default;

    /// <summary>
    /// Whether a handler may read the request body synchronously (<see cref="System.IO.Stream.Read(byte[], int, int)"/>,
    /// <see cref="System.IO.Stream.CopyTo(System.IO.Stream)"/> on <see cref="HttpRequest.BodyStream"/>); off by default, as in
    /// Kestrel, and such a read throws an <see cref="InvalidOperationException"/> that names this option. A synchronous read
    /// blocks its thread until the client sends: a thread-pool thread, or, with inline socket completions
    /// (<c>DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1</c>), the socket event thread that would deliver the bytes, which
    /// then never come. Turn it on only for handlers that run on the thread pool.
    /// </summary>
    public bool AllowSynchronousIO { get; init; }

    /// <summary>
    /// Whether the framework's own error responses (a bad argument or body, <c>404</c>, <c>405</c>, <c>415</c>, a failed
    /// handler's <c>500</c>, and every request the parser refuses: <c>400</c>, <c>408</c>, <c>413</c>, <c>414</c>,
    /// <c>417</c>, <c>431</c>, <c>501</c>, <c>505</c>) are RFC 9457 problem details (<c>application/problem+json</c>,
    /// with ASP.NET Core's <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c> and <c>traceId</c>) rather than one
    /// line of plain text. Off by default, so an application that never asked for JSON errors gets none. Status codes,
    /// headers (<c>Allow</c> included) and connection handling are the same either way.
    /// </summary>
    public bool ProblemDetails { get; init; }

    /// <summary>
    /// Where handler failures, connection faults and accept errors go; <see cref="NullLogger.Instance"/> (nothing logged)
    /// by default. Handler failures are errors, client resets are debug messages: see the event ids in the docs.
    /// </summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>
    /// Where the server's <c>MiniHttp</c> meter comes from: the application's <see cref="IMeterFactory"/> (the one hosting
    /// registers), so its listeners and lifetime apply; <see langword="null"/>, the default, for one meter the process
    /// shares. With no listener, the instruments cost nothing: see the metrics in the docs.
    /// </summary>
    public IMeterFactory? MeterFactory { get; init; }

    private static ServerTransport TransportFromEnvironment() => ParseTransport(Environment.GetEnvironmentVariable(TransportVariable));

    /// <summary>The transport <c>MINIHTTP_TRANSPORT</c> names: <c>sockets</c> or <c>epoll</c>; unset or empty for sockets.</summary>
    /// <exception cref="InvalidOperationException">The variable names neither: a typo must not silently run the other transport.</exception>
    internal static ServerTransport ParseTransport(string? name) => name switch
    {
        null or "" => ServerTransport.Sockets,
        _ when name.Equals("sockets", StringComparison.OrdinalIgnoreCase) => ServerTransport.Sockets,
        _ when name.Equals("epoll", StringComparison.OrdinalIgnoreCase) => ServerTransport.Epoll,
        _ => throw new InvalidOperationException($"{TransportVariable} is '{name}'; it must be 'sockets' or 'epoll'."),
    };

    /// <summary>The environment variable that chooses the default <see cref="Transport"/>.</summary>
    public const string TransportVariable = "MINIHTTP_TRANSPORT";

    /// <summary>Called with each accepted socket before its connection is set up: where a test makes the set-up fail.</summary>
    internal Action<Socket>? ConnectionSetUpHook { get; init; }

    /// <summary>The clock of the rate limit on logged rejections: the system's by default, or a test's.</summary>
    public TimeProvider TimeProvider { get; init => field = value ?? throw new ArgumentNullException(nameof(TimeProvider)); } = TimeProvider.System;
}

using System.Net;

namespace MiniHttp;

/// <summary>How a <see cref="HttpServer{TRouter}"/> listens and what it accepts.</summary>
public sealed record ServerOptions
{
    /// <summary>The address and port to listen on; port 0 lets the operating system choose a free one.</summary>
    public required IPEndPoint EndPoint { get; init; }

    /// <summary>The most connections the operating system queues before the server accepts them.</summary>
    public int ListenBacklog { get; init; } = 512;

    public ServerLimits Limits { get; init; } = ServerLimits.Default;
}

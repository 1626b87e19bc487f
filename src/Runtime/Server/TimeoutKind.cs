namespace MiniHttp;

/// <summary>What a connection is waiting for, and so which time limit applies to the wait.</summary>
internal enum TimeoutKind
{
    None,

    /// <summary>The first byte of the next request: <see cref="ServerLimits.KeepAliveTimeout"/>.</summary>
    KeepAlive,

    /// <summary>The rest of a request head: <see cref="ServerLimits.RequestHeadersTimeout"/>.</summary>
    RequestHeaders,

    /// <summary>More of a request body: <see cref="ServerLimits.MinRequestBodyDataRate"/>.</summary>
    RequestBody,

    /// <summary>The client's close, after the server's last response and FIN: a second of lingering close.</summary>
    Linger,
}

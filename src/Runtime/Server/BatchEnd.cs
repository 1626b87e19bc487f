namespace MiniHttp;

/// <summary>Why the connection stopped answering the requests of one receive.</summary>
internal enum BatchEnd
{
    /// <summary>Every complete request was answered; the rest, if any, waits for more bytes.</summary>
    NeedMoreData,

    /// <summary>
    /// The responses written reached <see cref="ServerLimits.MaxResponseBufferSize"/>: they are sent before the requests
    /// behind them are answered.
    /// </summary>
    OutputFull,

    /// <summary>A request closed the connection (or was rejected): nothing after it is read.</summary>
    Close,

    /// <summary>A handler deferred its response: it is awaited before the requests behind it are answered.</summary>
    Deferred,

    /// <summary>
    /// The next request's route streams its body: it is answered apart, with the input advanced past its head, so its
    /// handler can read the body from the connection.
    /// </summary>
    StreamedBody,

    /// <summary>A request was answered <c>101 Switching Protocols</c>: the connection now carries a WebSocket conversation.</summary>
    WebSocket,
}

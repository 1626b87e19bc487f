namespace MiniHttp.WebSockets;

/// <summary>What <see cref="MessageReader.TryRead"/> found in the buffer.</summary>
internal enum ReceiveEvent
{
    /// <summary>Every byte was taken; what remains of a frame or message comes with the next receive.</summary>
    NeedMoreData,

    /// <summary>A whole data message: <see cref="MessageReader.MessageType"/> and <see cref="MessageReader.Payload"/>.</summary>
    Message,

    /// <summary>A ping, to be answered with a pong carrying <see cref="MessageReader.Payload"/>.</summary>
    Ping,

    /// <summary>A pong: nothing to do, since the server sends no pings of its own.</summary>
    Pong,

    /// <summary>A valid close frame: <see cref="MessageReader.CloseStatus"/> and <see cref="MessageReader.Payload"/>.</summary>
    Close,

    /// <summary>The client broke the protocol: the connection fails with <see cref="MessageReader.CloseStatus"/>.</summary>
    Failed,
}

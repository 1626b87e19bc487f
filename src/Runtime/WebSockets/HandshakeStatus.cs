namespace MiniHttp.WebSockets;

/// <summary>How an opening handshake is answered (RFC 6455, section 4.2.2).</summary>
internal enum HandshakeStatus
{
    /// <summary><c>101 Switching Protocols</c>: the conversation starts.</summary>
    Accepted,

    /// <summary><c>400 Bad Request</c>: not a valid WebSocket upgrade.</summary>
    BadRequest,

    /// <summary><c>426 Upgrade Required</c> with <c>Sec-WebSocket-Version: 13</c>: a version the server does not speak.</summary>
    UnsupportedVersion,
}

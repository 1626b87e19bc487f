using System;
using System.Net.WebSockets;
using System.Text;

namespace MiniHttp.WebSockets;

/// <summary>
/// One message a client sent, or the end of the conversation (<see cref="IsClose"/>). Its payload lives in the
/// connection's buffer: it is valid until the next <see cref="WebSocketConnection.ReceiveAsync"/>.
/// </summary>
public readonly struct WebSocketMessage
{
    internal WebSocketMessage(WebSocketMessageType type, ReadOnlyMemory<byte> payload, WebSocketCloseStatus? closeStatus = null)
    {
        Type = type;
        Payload = payload;
        CloseStatus = closeStatus;
    }

    /// <summary><see cref="WebSocketMessageType.Text"/>, <see cref="WebSocketMessageType.Binary"/>, or <see cref="WebSocketMessageType.Close"/>.</summary>
    public WebSocketMessageType Type { get; }

    /// <summary>The message's bytes (valid UTF-8 for text); of a close, the client's reason, if it gave one.</summary>
    public ReadOnlyMemory<byte> Payload { get; }

    /// <summary>
    /// Of a close, why: the client's status (<see cref="WebSocketCloseStatus.Empty"/> when it gave none), or the one the
    /// server closed with (the client broke the protocol, was idle too long, or the server is stopping).
    /// </summary>
    public WebSocketCloseStatus? CloseStatus { get; }

    /// <summary>Whether the conversation is over: the handler should return.</summary>
    public bool IsClose => Type == WebSocketMessageType.Close;

    /// <summary>The payload decoded as UTF-8: allocates a string.</summary>
    public string GetString() => Encoding.UTF8.GetString(Payload.Span);
}

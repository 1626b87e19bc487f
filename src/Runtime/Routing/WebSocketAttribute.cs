using System;

namespace MiniHttp;

/// <summary>
/// Marks a method as the handler of WebSocket conversations at <see cref="Template"/>: a <c>GET</c> with a valid opening
/// handshake (RFC 6455) is answered <c>101 Switching Protocols</c>, and the method then runs with the
/// <see cref="WebSockets.WebSocketConnection"/>; any other request to the path is answered <c>400</c> (<c>426</c> for
/// another protocol version). The method takes the connection as its one parameter and returns <c>Task</c> or
/// <c>ValueTask</c>; the conversation ends when it completes.
/// </summary>
/// <remarks>The source generator compiles every marked method into the dispatch switch; nothing reads this attribute at run time.</remarks>
/// <param name="template">The path, for example <c>/ws</c>.</param>
/// <param name="subProtocols">
/// The subprotocols the handler speaks (<c>Sec-WebSocket-Protocol</c>), in no particular order: the first of the client's
/// list that is among them is selected and is the connection's <see cref="WebSockets.WebSocketConnection.SubProtocol"/>.
/// None by default, and when the client offers none of them the handshake succeeds without one.
/// </param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class WebSocketAttribute(string template, params string[] subProtocols) : Attribute
{
    /// <summary>The path the handler answers, for example <c>/ws</c>.</summary>
    public string Template { get; } = template;

    /// <summary>The subprotocols the handler speaks.</summary>
    public string[] SubProtocols { get; } = subProtocols;
}

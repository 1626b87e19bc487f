using System;
using System.ComponentModel;
using System.Threading.Tasks;
using MiniHttp.WebSockets;

namespace MiniHttp;

public sealed partial class HttpResponse
{
    /// <summary>The handler of the WebSocket conversation this response switched to, once it answered <c>101</c>.</summary>
    internal Func<WebSocketConnection, ValueTask>? WebSocketHandler { get; private set; }

    /// <summary>The subprotocol the handshake selected, if any.</summary>
    internal string? WebSocketSubProtocol { get; private set; }

    private static ReadOnlySpan<byte> SwitchingProtocolsLine => "HTTP/1.1 101 Switching Protocols\r\n"u8;

    private static ReadOnlySpan<byte> UpgradeHeaders => "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "u8;

    /// <summary>
    /// Answers a WebSocket route's request: with <c>101 Switching Protocols</c> when it is a valid opening handshake, after
    /// which the connection runs <paramref name="handler"/> over its socket instead of reading more requests; else with
    /// <c>400</c>, or <c>426</c> and <c>Sec-WebSocket-Version: 13</c> for another protocol version. Called by generated
    /// code for a <see cref="WebSocketAttribute"/> route.
    /// </summary>
    /// <param name="subProtocols">The route's subprotocols, in the server's order; the client's first one among them is selected.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void AcceptWebSocket(scoped in HttpRequest request, Func<WebSocketConnection, ValueTask> handler, ReadOnlySpan<string> subProtocols = default)
    {
        Span<byte> accept = stackalloc byte[Handshake.AcceptLength];
        switch (Handshake.Check(in request, subProtocols, accept, out var subProtocol))
        {
            case HandshakeStatus.Accepted:
                WriteSwitchingProtocols(accept, subProtocol);
                WebSocketHandler = handler;
                WebSocketSubProtocol = subProtocol;
                return;
            case HandshakeStatus.UnsupportedVersion:
                Write(StatusLines.For(426, default), "Sec-WebSocket-Version: 13\r\n"u8, TextPlain, "Upgrade Required"u8, omitBody: false);
                return;
            default:
                // The route answers HEAD as its GET: a 400 without the body a HEAD response never has.
                WriteBadRequest("Bad WebSocket handshake"u8, omitBody: request.Method == RequestMethod.Head);
                return;
        }
    }

    private void WriteSwitchingProtocols(ReadOnlySpan<byte> accept, string? subProtocol)
    {
        EnsureOpen();
        var protocolLength = subProtocol is null ? 0 : "Sec-WebSocket-Protocol: "u8.Length + subProtocol.Length + 2;
        var span = _output.GetSpan(SwitchingProtocolsLine.Length + ServerLine.Length + DateHeader.Length + _addedHeadersLength
            + UpgradeHeaders.Length + accept.Length + 2 + protocolLength + 2);
        var written = AppendHeadStart(span, SwitchingProtocolsLine, []);
        written = Append(span, written, UpgradeHeaders);
        written = Append(span, written, accept);
        written = Append(span, written, "\r\n"u8);
        if (subProtocol is not null)
        {
            written = Append(span, written, "Sec-WebSocket-Protocol: "u8);
            // The route's subprotocol names are tokens (checked when the route is compiled): ASCII.
            written += System.Text.Encoding.ASCII.GetBytes(subProtocol, span[written..]);
            written = Append(span, written, "\r\n"u8);
        }

        written = Append(span, written, "\r\n"u8);
        _output.Advance(written);
        _state = ResponseState.Committed;
    }
}

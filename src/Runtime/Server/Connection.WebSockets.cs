using System;
using System.Text;
using System.Threading.Tasks;
using MiniHttp.WebSockets;

namespace MiniHttp;

internal sealed partial class Connection<TRouter>
{
    // Set once a request is answered 101: from then on the server's heartbeat and graceful stop reach the conversation.
    private volatile WebSocketConnection? _webSocket;

    /// <summary>
    /// Hands the connection's pipes to the WebSocket conversation a request switched to, and runs its handler to the end.
    /// The HTTP loop reads nothing more: the bytes after the handshake are the conversation's.
    /// </summary>
    /// <returns>True: the TCP connection is closed with the lingering close, after the close handshake.</returns>
    private async ValueTask<bool> ServeWebSocketAsync()
    {
        // The 101 and the responses before it, before any frame.
        await _output.FlushAsync().ConfigureAwait(false);
        var route = _response.Route;
        var webSocket = new WebSocketConnection(_input, _output, _limits, _response.WebSocketSubProtocol);
        _webSocket = webSocket;
        if (_closing)
        {
            // A stop that began while the handshake was answered missed the conversation.
            webSocket.BeginClose();
        }

        await webSocket.RunAsync(
            _response.WebSocketHandler!,
            e => ServerLog.HandlerFailed(_logger, e, "GET"u8, Encoding.UTF8.GetBytes(route ?? string.Empty))).ConfigureAwait(false);
        return true;
    }
}

using System.Threading.Tasks;
using MiniHttp;
using MiniHttp.WebSockets;

namespace Arena;

/// <summary>HttpArena's WebSocket profiles (<c>echo-ws</c>, <c>echo-ws-pipeline</c>, <c>echo-ws-limited</c>).</summary>
public static class WebSocketRoutes
{
    /// <summary>
    /// <c>/ws</c>: every message back as it came, text as text and binary as binary. The echoes of the messages that came
    /// in one receive go back in one send: <see cref="WebSocketConnection.Send(System.Net.WebSockets.WebSocketMessageType, System.ReadOnlySpan{byte})"/>
    /// only buffers, and the next receive that has to wait sends them.
    /// </summary>
    [WebSocket("/ws")]
    public static async ValueTask Echo(WebSocketConnection connection)
    {
        while (await connection.ReceiveAsync().ConfigureAwait(false) is { IsClose: false } message)
        {
            connection.Send(message.Type, message.Payload.Span);
        }
    }
}

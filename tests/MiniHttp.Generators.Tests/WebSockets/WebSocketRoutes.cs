using System.Threading.Tasks;
using MiniHttp.WebSockets;

namespace MiniHttp.Generators.Tests.WebSockets;

/// <summary>WebSocket handlers compiled into this project's own router by the generator.</summary>
public static class WebSocketRoutes
{
    [WebSocket("/ws/echo")]
    public static async ValueTask Echo(WebSocketConnection connection)
    {
        while (await connection.ReceiveAsync() is { IsClose: false } message)
        {
            connection.Send(message.Type, message.Payload.Span);
        }
    }

    [WebSocket("/ws/protocol", "v1.example", "v2.example")]
    public static async Task Protocol(WebSocketConnection connection)
    {
        connection.Send(connection.SubProtocol ?? "none");
        await connection.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "done");
    }
}

using System;
using System.Net.WebSockets;
using System.Threading.Tasks;
using MiniHttp.WebSockets;

namespace MiniHttp.Tests.WebSockets;

/// <summary>
/// A hand-written router with WebSocket routes, as generated code calls the runtime: <c>/ws</c> echoes, <c>/chat</c>
/// speaks the <c>chat</c> and <c>superchat</c> subprotocols and sends the one selected first, <c>/fail</c> throws.
/// </summary>
internal readonly struct WebSocketRouter : IHttpRouter
{
    public void Dispatch(scoped in HttpRequest request, HttpResponse response)
    {
        switch (request.Path)
        {
            case var path when path.SequenceEqual("/ws"u8):
                response.AcceptWebSocket(in request, static connection => PipeConversation.Echo(connection));
                break;
            case var path when path.SequenceEqual("/chat"u8):
                response.AcceptWebSocket(in request, static connection => Chat(connection), ["chat", "superchat"]);
                break;
            case var path when path.SequenceEqual("/fail"u8):
                response.AcceptWebSocket(in request, static connection => Fail(connection));
                break;
            default:
                response.WriteNotFound();
                break;
        }
    }

    private static async ValueTask Chat(WebSocketConnection connection)
    {
        await connection.SendAsync(WebSocketMessageType.Text, System.Text.Encoding.UTF8.GetBytes(connection.SubProtocol ?? "none"));
        await PipeConversation.Echo(connection);
    }

    private static async ValueTask Fail(WebSocketConnection connection)
    {
        await connection.ReceiveAsync();
        throw new InvalidOperationException("The handler failed on purpose.");
    }
}

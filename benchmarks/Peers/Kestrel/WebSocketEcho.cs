using System;
using System.Net.WebSockets;
using System.Threading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KestrelPeer;

/// <summary>
/// HttpArena's WebSocket profiles as an ASP.NET Core application serves them: the WebSocket middleware, and an endpoint at
/// <c>/ws</c> that echoes every message, as the Arena's <c>WebSocketRoutes.Echo</c> does.
/// </summary>
public static class WebSocketEcho
{
    // The Arena's default MaxWebSocketMessageSize, so both servers take the same messages.
    private const int MaxMessageSize = 1024 * 1024;

    public static void MapWebSocketEcho(this WebApplication app)
    {
        app.UseWebSockets();
        app.Map("/ws", static async context =>
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var buffer = new byte[4096];
            while (true)
            {
                var length = 0;
                ValueWebSocketReceiveResult received;
                do
                {
                    if (length == buffer.Length)
                    {
                        if (length == MaxMessageSize)
                        {
                            await socket.CloseAsync(WebSocketCloseStatus.MessageTooBig, null, CancellationToken.None);
                            return;
                        }

                        Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxMessageSize));
                    }

                    received = await socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
                    length += received.Count;
                }
                while (!received.EndOfMessage && received.MessageType != WebSocketMessageType.Close);

                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    return;
                }

                await socket.SendAsync(buffer.AsMemory(0, length), received.MessageType, endOfMessage: true, CancellationToken.None);
            }
        });
    }
}

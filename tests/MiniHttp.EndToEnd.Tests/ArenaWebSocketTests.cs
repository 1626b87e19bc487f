using System;
using System.Net.Http;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp.EndToEnd.Tests;

/// <summary>
/// HttpArena's WebSocket profiles (<c>echo-ws</c>, <c>echo-ws-pipeline</c>, <c>echo-ws-limited</c>): <c>/ws</c> echoes
/// every message, as <c>validate-ws.py</c> checks it.
/// </summary>
public sealed class ArenaWebSocketTests(ArenaServerFixture arena) : IClassFixture<ArenaServerFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Text_and_binary_messages_come_back_and_the_close_is_answered_with_1000()
    {
        using var client = await ConnectAsync();
        var binary = RandomNumberGenerator.GetBytes(256);
        var buffer = new byte[1024];

        await client.SendAsync("HttpArena-validate"u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None).WaitAsync(Bound);
        var text = await client.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(Bound);
        var echoedText = Encoding.UTF8.GetString(buffer, 0, text.Count);
        await client.SendAsync(binary, WebSocketMessageType.Binary, true, CancellationToken.None).WaitAsync(Bound);
        var echoedBinary = await client.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(Bound);
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, "validate done", CancellationToken.None).WaitAsync(Bound);

        Assert.Equal((WebSocketMessageType.Text, "HttpArena-validate"), (text.MessageType, echoedText));
        Assert.Equal(WebSocketMessageType.Binary, echoedBinary.MessageType);
        Assert.Equal(binary, buffer[..echoedBinary.Count]);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, client.CloseStatus);
    }

    [Fact]
    public async Task Sixteen_pipelined_messages_come_back_in_order()
    {
        using var client = await ConnectAsync();
        var buffer = new byte[64];

        for (var i = 0; i < 16; i++)
        {
            await client.SendAsync(Encoding.UTF8.GetBytes($"hello {i}"), WebSocketMessageType.Text, true, CancellationToken.None).WaitAsync(Bound);
        }

        for (var i = 0; i < 16; i++)
        {
            var received = await client.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(Bound);
            Assert.Equal($"hello {i}", Encoding.UTF8.GetString(buffer, 0, received.Count));
        }

        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(Bound);
    }

    [Fact]
    public async Task A_plain_GET_to_the_WebSocket_path_is_answered_400()
    {
        using var http = new HttpClient { BaseAddress = arena.BaseAddress };

        using var response = await http.GetAsync("/ws").WaitAsync(Bound);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<ClientWebSocket> ConnectAsync()
    {
        var client = new ClientWebSocket();
        await client.ConnectAsync(new Uri($"ws://{arena.EndPoint}/ws"), CancellationToken.None).WaitAsync(Bound);
        return client;
    }
}

using System;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MiniHttp.Tests.Server;

namespace MiniHttp.Tests.WebSockets;

/// <summary>.NET's own client, <see cref="ClientWebSocket"/>, against the server: messages, close handshakes, shutdown.</summary>
public sealed class ClientWebSocketTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Text_binary_fragmented_and_large_messages_come_back_as_sent()
    {
        await using var server = TestServer.Start<WebSocketRouter>();
        using var client = await ConnectAsync(server, "/ws");
        var large = Enumerable.Range(0, 200_000).Select(static i => (byte)i).ToArray();

        await SendAsync(client, "hello", WebSocketMessageType.Text);
        var text = await ReceiveAsync(client);
        await SendAsync(client, large, WebSocketMessageType.Binary);
        var binary = await ReceiveAsync(client);
        await SendFragmentedAsync(client, Encoding.UTF8.GetBytes("κόσμε €𝄞"), fragmentLength: 3);
        var fragmented = await ReceiveAsync(client);

        Assert.Equal((WebSocketMessageType.Text, "hello"), (text.Type, Encoding.UTF8.GetString(text.Payload)));
        Assert.Equal(WebSocketMessageType.Binary, binary.Type);
        Assert.Equal(large, binary.Payload);
        Assert.Equal("κόσμε €𝄞", Encoding.UTF8.GetString(fragmented.Payload));
        await CloseAsync(client);
    }

    [Fact]
    public async Task The_clients_close_is_answered_with_its_code()
    {
        await using var server = TestServer.Start<WebSocketRouter>();
        using var client = await ConnectAsync(server, "/ws");

        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None).WaitAsync(Bound);

        Assert.Equal(WebSocketState.Closed, client.State);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, client.CloseStatus);
        Assert.Equal("bye", client.CloseStatusDescription);
    }

    [Fact]
    public async Task The_selected_subprotocol_reaches_the_client_and_the_handler()
    {
        await using var server = TestServer.Start<WebSocketRouter>();
        using var client = new ClientWebSocket();
        client.Options.AddSubProtocol("superchat");

        await client.ConnectAsync(new Uri($"ws://127.0.0.1:{server.LocalEndPoint.Port}/chat"), CancellationToken.None).WaitAsync(Bound);
        var first = await ReceiveAsync(client);

        Assert.Equal("superchat", client.SubProtocol);
        Assert.Equal("superchat", Encoding.UTF8.GetString(first.Payload));
        await CloseAsync(client);
    }

    [Fact]
    public async Task A_handler_that_throws_closes_with_1011_and_is_logged()
    {
        var logger = new CapturingLogger();
        await using var server = TestServer.Start<WebSocketRouter>(logger);
        using var client = await ConnectAsync(server, "/fail");

        await SendAsync(client, "go", WebSocketMessageType.Text);
        var received = await client.ReceiveAsync(new byte[16], CancellationToken.None).WaitAsync(Bound);

        Assert.Equal(WebSocketMessageType.Close, received.MessageType);
        Assert.Equal(WebSocketCloseStatus.InternalServerError, client.CloseStatus);
        Assert.True(await TestServer.WaitUntilAsync(() => logger.WithEvent("HandlerFailed").Count == 1));
    }

    [Fact]
    public async Task A_graceful_stop_closes_each_conversation_with_1001_and_waits_for_the_client()
    {
        var server = TestServer.Start<WebSocketRouter>();
        using var client = await ConnectAsync(server, "/ws");
        await SendAsync(client, "before", WebSocketMessageType.Text);
        await ReceiveAsync(client);

        var stop = server.StopAsync(Bound);
        var received = await client.ReceiveAsync(new byte[16], CancellationToken.None).WaitAsync(Bound);
        await client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(Bound);
        await stop.WaitAsync(Bound);

        Assert.Equal(WebSocketMessageType.Close, received.MessageType);
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, client.CloseStatus);
    }

    [Fact]
    public async Task A_silent_client_is_closed_with_1001_after_the_idle_timeout()
    {
        await using var server = TestServer.Start<WebSocketRouter>(limits: ServerLimits.Default with { WebSocketIdleTimeout = TimeSpan.FromMilliseconds(100) });
        using var client = new ClientWebSocket();
        // The client's own pings would count as activity.
        client.Options.KeepAliveInterval = TimeSpan.Zero;
        await client.ConnectAsync(new Uri($"ws://127.0.0.1:{server.LocalEndPoint.Port}/ws"), CancellationToken.None).WaitAsync(Bound);

        var received = await client.ReceiveAsync(new byte[16], CancellationToken.None).WaitAsync(Bound);

        Assert.Equal(WebSocketMessageType.Close, received.MessageType);
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, client.CloseStatus);
    }

    private static async Task<ClientWebSocket> ConnectAsync<TRouter>(HttpServer<TRouter> server, string path)
        where TRouter : struct, IHttpRouter
    {
        var client = new ClientWebSocket();
        await client.ConnectAsync(new Uri($"ws://127.0.0.1:{server.LocalEndPoint.Port}{path}"), CancellationToken.None).WaitAsync(Bound);
        return client;
    }

    private static Task SendAsync(ClientWebSocket client, string text, WebSocketMessageType type) =>
        SendAsync(client, Encoding.UTF8.GetBytes(text), type);

    private static Task SendAsync(ClientWebSocket client, byte[] payload, WebSocketMessageType type) =>
        client.SendAsync(payload, type, endOfMessage: true, CancellationToken.None).WaitAsync(Bound);

    private static async Task SendFragmentedAsync(ClientWebSocket client, byte[] payload, int fragmentLength)
    {
        for (var start = 0; start < payload.Length; start += fragmentLength)
        {
            var end = Math.Min(payload.Length, start + fragmentLength);
            await client.SendAsync(payload.AsMemory(start, end - start), WebSocketMessageType.Text, end == payload.Length, CancellationToken.None).AsTask().WaitAsync(Bound);
        }
    }

    private static async Task<(WebSocketMessageType Type, byte[] Payload)> ReceiveAsync(ClientWebSocket client)
    {
        var buffer = new byte[300_000];
        var length = 0;
        while (true)
        {
            var result = await client.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None).AsTask().WaitAsync(Bound);
            length += result.Count;
            if (result.EndOfMessage)
            {
                return (result.MessageType, buffer[..length]);
            }
        }
    }

    private static Task CloseAsync(ClientWebSocket client) =>
        client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(Bound);
}

using System;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MiniHttp.Generated;

namespace MiniHttp.Generators.Tests.WebSockets;

/// <summary>The generated router's <c>[WebSocket]</c> routes, served over a loopback socket to .NET's own client.</summary>
public sealed class WebSocketDispatchTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_WebSocket_route_hands_the_handler_the_conversation()
    {
        await using var server = Start();
        using var client = new ClientWebSocket();
        await client.ConnectAsync(Uri(server, "/ws/echo"), CancellationToken.None).WaitAsync(Bound);

        await client.SendAsync("generated"u8.ToArray(), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).WaitAsync(Bound);
        var buffer = new byte[64];
        var received = await client.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(Bound);
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(Bound);

        Assert.Equal("generated", Encoding.UTF8.GetString(buffer, 0, received.Count));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, client.CloseStatus);
    }

    [Fact]
    public async Task The_attributes_subprotocols_are_negotiated_and_a_Task_handler_closes()
    {
        await using var server = Start();
        using var client = new ClientWebSocket();
        client.Options.AddSubProtocol("v2.example");
        await client.ConnectAsync(Uri(server, "/ws/protocol"), CancellationToken.None).WaitAsync(Bound);

        var buffer = new byte[64];
        var first = await client.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(Bound);
        var text = Encoding.UTF8.GetString(buffer, 0, first.Count);
        var close = await client.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(Bound);

        Assert.Equal("v2.example", client.SubProtocol);
        Assert.Equal("v2.example", text);
        Assert.Equal(WebSocketMessageType.Close, close.MessageType);
        Assert.Equal("done", client.CloseStatusDescription);
    }

    [Fact]
    public async Task A_plain_GET_to_a_WebSocket_route_is_answered_400()
    {
        await using var server = Start();
        using var http = new System.Net.Http.HttpClient();

        var response = await http.GetAsync(new Uri($"http://127.0.0.1:{server.LocalEndPoint.Port}/ws/echo")).WaitAsync(Bound);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static HttpServer<Router> Start()
    {
        var server = new HttpServer<Router>(
            new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) },
            new Router(new Dispatch.CounterRoutes(), new Dispatch.StoreRoutes()));
        server.Start();
        return server;
    }

    private static Uri Uri(HttpServer<Router> server, string path) => new($"ws://127.0.0.1:{server.LocalEndPoint.Port}{path}");
}

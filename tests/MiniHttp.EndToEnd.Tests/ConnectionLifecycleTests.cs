using System;
using System.Diagnostics;
using System.Net;
using System.Threading.Tasks;
using MiniHttp.Generated;

namespace MiniHttp.EndToEnd.Tests;

/// <summary>Connections end cleanly, and one bad client never disturbs the others.</summary>
public sealed class ConnectionLifecycleTests
{
    private const string Pipeline = "GET /pipeline HTTP/1.1\r\nHost: localhost\r\n\r\n";

    [Fact]
    public async Task Every_connection_is_released_once_its_client_goes()
    {
        await using var server = StartServer();
        for (var i = 0; i < 50; i++)
        {
            await using var client = await RawHttpClient.ConnectAsync(server.LocalEndPoint);
            await client.SendAsync(i % 2 == 0 ? Pipeline : "GET /pipeline HTTP/1.1\r\nHost: x\r\nContent-Length: x\r\n\r\n");
            await client.ReadResponseAsync();
        }

        Assert.True(await WaitUntilAsync(() => server.ConnectionCount == 0), $"{server.ConnectionCount} connections are still open.");
    }

    [Fact]
    public async Task A_client_that_abandons_a_half_sent_request_does_not_disturb_another()
    {
        await using var server = StartServer();
        await using var patient = await RawHttpClient.ConnectAsync(server.LocalEndPoint);
        await using (var quitter = await RawHttpClient.ConnectAsync(server.LocalEndPoint))
        {
            await quitter.SendAsync("POST /baseline11?a=1&b=2 HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n12");
        }

        await patient.SendAsync(Pipeline);

        Assert.Equal("ok", (await patient.ReadResponseAsync()).Body);
        Assert.True(await WaitUntilAsync(() => server.ConnectionCount == 1), $"{server.ConnectionCount} connections are open, expected 1.");
    }

    [Fact]
    public async Task Stopping_the_server_closes_open_connections()
    {
        var server = StartServer();
        await using var client = await RawHttpClient.ConnectAsync(server.LocalEndPoint);
        await client.SendAsync(Pipeline);
        await client.ReadResponseAsync();

        await server.StopAsync();

        Assert.Equal(0, server.ConnectionCount);
        Assert.True(await client.IsClosedByServerAsync());
    }

    [Fact]
    public async Task A_port_in_use_is_refused_rather_than_shared()
    {
        await using var first = StartServer();
        var second = new HttpServer<Router>(new ServerOptions { EndPoint = first.LocalEndPoint }, ArenaServerFixture.RouterWithoutDataset);

        var error = Assert.Throws<ListenException>(second.Start);
        Assert.Equal(System.Net.Sockets.SocketError.AddressAlreadyInUse, error.SocketError);
    }

    private static HttpServer<Router> StartServer()
    {
        var server = new HttpServer<Router>(new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) }, ArenaServerFixture.RouterWithoutDataset);
        server.Start();
        return server;
    }

    private static async Task<bool> WaitUntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }
}

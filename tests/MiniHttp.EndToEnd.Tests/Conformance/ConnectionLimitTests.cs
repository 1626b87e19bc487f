using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using MiniHttp.Generated;

namespace MiniHttp.EndToEnd.Tests.Conformance;

/// <summary><see cref="ServerLimits.MaxConcurrentConnections"/>: a connection beyond it is closed at once and counted.</summary>
public sealed class ConnectionLimitTests
{
    private const string Request = "GET /pipeline HTTP/1.1\r\nHost: a\r\n\r\n";

    [Fact]
    public async Task A_connection_beyond_the_limit_is_closed_at_once_and_counted_and_a_freed_place_is_served()
    {
        await using var server = new HttpServer<Router>(new ServerOptions
        {
            EndPoint = new IPEndPoint(IPAddress.Loopback, 0),
            Limits = ServerLimits.Default with { MaxConcurrentConnections = 1 },
        }, ArenaServerFixture.RouterWithoutDataset);
        server.Start();

        var first = await WireClient.ConnectAsync(server.LocalEndPoint);
        await first.SendAsync(Request);
        Assert.EndsWith("\r\n\r\nok", await first.ReceiveResponseAsync(), StringComparison.Ordinal);

        await using (var refused = await WireClient.ConnectAsync(server.LocalEndPoint))
        {
            Assert.True(await refused.IsClosedByServerAsync());
        }

        Assert.Equal(1, server.RefusedConnectionCount);

        await first.DisposeAsync();
        await WaitUntilAsync(() => server.ConnectionCount == 0);

        await using var next = await WireClient.ConnectAsync(server.LocalEndPoint);
        await next.SendAsync(Request);
        Assert.EndsWith("\r\n\r\nok", await next.ReceiveResponseAsync(), StringComparison.Ordinal);
        Assert.Equal(1, server.RefusedConnectionCount);
    }

    [Fact]
    public async Task Without_a_limit_no_connection_is_refused()
    {
        await using var server = new HttpServer<Router>(new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) }, ArenaServerFixture.RouterWithoutDataset);
        server.Start();
        var clients = new WireClient[20];
        for (var i = 0; i < clients.Length; i++)
        {
            clients[i] = await WireClient.ConnectAsync(server.LocalEndPoint);
            await clients[i].SendAsync(Request);
        }

        foreach (var client in clients)
        {
            Assert.EndsWith("\r\n\r\nok", await client.ReceiveResponseAsync(), StringComparison.Ordinal);
            await client.DisposeAsync();
        }

        Assert.Null(ServerLimits.Default.MaxConcurrentConnections);
        Assert.Equal(0, server.RefusedConnectionCount);
    }

    [Fact]
    public async Task Several_accept_loops_serve_every_connection_and_never_admit_more_than_the_limit()
    {
        const int Limit = 5;
        const int Clients = 40;
        await using var server = new HttpServer<Router>(new ServerOptions
        {
            EndPoint = new IPEndPoint(IPAddress.Loopback, 0),
            AcceptLoops = 4,
            Limits = ServerLimits.Default with { MaxConcurrentConnections = Limit },
        }, ArenaServerFixture.RouterWithoutDataset);
        server.Start();

        // Every client connects at once and keeps its connection, so the places taken are never given back during the test.
        var clients = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => WireClient.ConnectAsync(server.LocalEndPoint)));
        var served = 0;
        foreach (var client in clients)
        {
            if (await TrySendAsync(client) && !await client.IsClosedByServerAsync())
            {
                Assert.EndsWith("\r\n\r\nok", await client.ReceiveResponseAsync(), StringComparison.Ordinal);
                served++;
            }
        }

        Assert.Equal(Limit, served);
        Assert.Equal(Clients - Limit, server.RefusedConnectionCount);
        Assert.Equal(Limit, server.ConnectionCount);
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }
    }

    /// <summary>Sends the request, or finds the connection already reset by the server that refused it.</summary>
    private static async Task<bool> TrySendAsync(WireClient client)
    {
        try
        {
            await client.SendAsync(Request);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "The condition did not come true in time.");
            await Task.Delay(10);
        }
    }
}

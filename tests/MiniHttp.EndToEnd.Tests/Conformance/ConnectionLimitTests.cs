using System;
using System.Diagnostics;
using System.Net;
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

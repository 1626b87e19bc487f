using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using MiniHttp.Tests.Server;
using MiniHttp.Tests.Streaming;

namespace MiniHttp.Tests.Transport;

/// <summary>
/// The epoll transport chosen in the options, whatever the environment says (tests/epoll-transport.sh runs every socket
/// test on it through <c>MINIHTTP_TRANSPORT</c>; these run on it in the plain test run too).
/// </summary>
public sealed class EpollTransportTests
{
    [Fact]
    public async Task Connections_spread_over_several_loops_get_their_pipelined_requests_answered_in_order_across_receives()
    {
        await using var server = Start(eventLoops: 2);
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => TestClient.ConnectAsync(server.LocalEndPoint)));
        try
        {
            await Task.WhenAll(clients.Select(async (client, i) =>
            {
                await client.SendAsync($"GET /?a{i} HTTP/1.1\r\nHost: a\r\n\r\nGET /?b{i} HTTP/1.1\r\nHo");
                Assert.Equal(Wire.Ok($"a{i}"), Wire.MaskDate(await client.ReceiveResponsesAsync(1)));
                await client.SendAsync($"st: a\r\n\r\nGET /?c{i} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
                var closing = Wire.Ok($"c{i}").Replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n", StringComparison.Ordinal);
                Assert.Equal(Wire.Ok($"b{i}") + closing, Wire.MaskDate(await client.ReceiveToEndAsync()));
            }));
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }

        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 0));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Short_connections_are_each_answered_while_their_transports_are_reused(bool serverClosesFirst)
    {
        // A connection's end runs on its loop's thread (the client's end of stream, or the server's close seen by the
        // loop's next flush), which hands the transport back for the next accept on the acceptor's thread: a reused
        // transport must never carry its previous connection's state into the new one.
        const int Workers = 4;
        const int ConnectionsEach = 250;
        await using var server = Start(eventLoops: 2);
        var answered = await Task.WhenAll(Enumerable.Range(0, Workers).Select(async worker =>
        {
            var count = 0;
            for (var i = 0; i < ConnectionsEach; i++)
            {
                await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);
                var target = $"w{worker}c{i}";
                if (serverClosesFirst)
                {
                    await client.SendAsync($"GET /?{target} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
                    var closing = Wire.Ok(target).Replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n", StringComparison.Ordinal);
                    Assert.Equal(closing, Wire.MaskDate(await client.ReceiveToEndAsync()));
                }
                else
                {
                    await client.SendAsync($"GET /?{target} HTTP/1.1\r\nHost: a\r\n\r\n");
                    Assert.Equal(Wire.Ok(target), Wire.MaskDate(await client.ReceiveResponsesAsync(1)));
                }

                count++;
            }

            return count;
        }));

        Assert.Equal(Workers * ConnectionsEach, answered.Sum());
        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 0));
    }

    [Fact]
    public async Task A_stop_closes_an_idle_connection_and_the_server_stops_its_loops()
    {
        var server = Start(eventLoops: 1);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);
        await client.SendAsync("GET /?idle HTTP/1.1\r\nHost: a\r\n\r\n");
        Assert.Equal(Wire.Ok("idle"), Wire.MaskDate(await client.ReceiveResponsesAsync(1)));

        await server.StopAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(string.Empty, await client.ReceiveToEndAsync());
        Assert.Equal(0, server.ConnectionCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void There_must_be_at_least_one_event_loop(int eventLoops) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0), EventLoops = eventLoops });

    [Theory]
    [InlineData(null, ServerTransport.Sockets)]
    [InlineData("", ServerTransport.Sockets)]
    [InlineData("sockets", ServerTransport.Sockets)]
    [InlineData("epoll", ServerTransport.Epoll)]
    [InlineData("EPOLL", ServerTransport.Epoll)]
    public void The_environment_names_the_default_transport(string? name, ServerTransport expected) =>
        Assert.Equal(expected, ServerOptions.ParseTransport(name));

    [Theory]
    [InlineData("1")]
    [InlineData("io_uring")]
    [InlineData(" epoll")]
    public void A_transport_name_that_is_neither_fails_rather_than_run_the_other(string name)
    {
        var e = Assert.Throws<InvalidOperationException>(() => ServerOptions.ParseTransport(name));
        Assert.Contains(ServerOptions.TransportVariable, e.Message, StringComparison.Ordinal);
    }

    private static HttpServer<StreamingRouter> Start(int eventLoops)
    {
        var server = new HttpServer<StreamingRouter>(new ServerOptions
        {
            EndPoint = new IPEndPoint(IPAddress.Loopback, 0),
            Transport = ServerTransport.Epoll,
            EventLoops = eventLoops,
        });
        server.Start();
        return server;
    }
}

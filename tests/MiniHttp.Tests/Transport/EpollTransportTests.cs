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

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace MiniHttp.Tests.Server;

/// <summary>SO_REUSEPORT is opt-in: without it a taken port fails to bind; with it, servers share the port.</summary>
public sealed class ReusePortTests
{
    /// <summary>Answers with the number of the server it belongs to, so a client can tell which one accepted it.</summary>
    private readonly struct NumberedRouter(int number) : IHttpRouter
    {
        public void Dispatch(scoped in HttpRequest request, HttpResponse response) => response.WritePlainText(number);
    }

    [Fact]
    public async Task Without_it_a_second_server_on_a_taken_port_fails_to_start()
    {
        await using var first = new HttpServer<NumberedRouter>(Options(port: 0, reusePort: false), new NumberedRouter(1));
        first.Start();
        await using var second = new HttpServer<NumberedRouter>(Options(first.LocalEndPoint.Port, reusePort: false), new NumberedRouter(2));

        var exception = Assert.Throws<ListenException>(second.Start);

        Assert.Equal(SocketError.AddressAlreadyInUse, exception.SocketError);
        Assert.Equal($"Cannot listen on http://127.0.0.1:{first.LocalEndPoint.Port}: the port is already in use. Stop the process that listens there, or choose another port.", exception.Message);
    }

    [Fact]
    public async Task With_it_two_servers_share_the_port_and_both_accept()
    {
        await using var first = new HttpServer<NumberedRouter>(Options(port: 0, reusePort: true), new NumberedRouter(1));
        first.Start();
        await using var second = new HttpServer<NumberedRouter>(Options(first.LocalEndPoint.Port, reusePort: true), new NumberedRouter(2));
        second.Start();

        var answeredBy = new HashSet<string>();
        for (var i = 0; i < 64 && answeredBy.Count < 2; i++)
        {
            // A new connection each time: the kernel picks a listener per connection, by its addresses and ports.
            await using var client = await TestClient.ConnectAsync(first.LocalEndPoint);
            await client.SendAsync("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
            answeredBy.Add((await client.ReceiveResponsesAsync(1))[^1..]);
        }

        Assert.Equal(second.LocalEndPoint.Port, first.LocalEndPoint.Port);
        Assert.Equal(["1", "2"], answeredBy.Order(StringComparer.Ordinal));
    }

    private static ServerOptions Options(int port, bool reusePort) =>
        new() { EndPoint = new IPEndPoint(IPAddress.Loopback, port), ReusePort = reusePort };
}

using System;
using System.Globalization;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp.Tests.Server;

/// <summary>The server dispatches on the router instance the application gives it, shared by every connection.</summary>
public sealed class RouterInstanceTests
{
    /// <summary>State a router holds, as the generated router holds an application's routes instances.</summary>
    private sealed class Counter
    {
        private int _count;

        public int Next() => Interlocked.Increment(ref _count);
    }

    private readonly struct CountingRouter(Counter counter) : IHttpRouter
    {
        public static bool RequiresInstance => true;

        public void Dispatch(scoped in HttpRequest request, HttpResponse response) =>
            response.WritePlainText(counter.Next().ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Every_connection_dispatches_on_the_instance_the_server_was_given()
    {
        var counter = new Counter();
        counter.Next();
        await using var server = TestServer.Start(new CountingRouter(counter));
        await using var first = await TestClient.ConnectAsync(server.LocalEndPoint);
        await using var second = await TestClient.ConnectAsync(server.LocalEndPoint);

        await first.SendAsync("GET / HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n");
        Assert.Equal(Wire.Ok("2") + Wire.Ok("3"), Wire.MaskDate(await first.ReceiveResponsesAsync(2)));
        await second.SendAsync("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
        Assert.Equal(Wire.Ok("4"), Wire.MaskDate(await second.ReceiveResponsesAsync(1)));
        Assert.Equal(5, counter.Next());
    }

    [Fact]
    public void A_router_that_requires_its_instance_cannot_be_served_without_it()
    {
        var options = new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) };

        var exception = Assert.Throws<ArgumentException>(() => new HttpServer<CountingRouter>(options));

        Assert.Equal("options", exception.ParamName);
        Assert.StartsWith(
            "CountingRouter holds state only its constructor is given, such as the routes classes of instance handlers, so it needs the instance the application constructs: new HttpServer<CountingRouter>(options, new CountingRouter(...)).",
            exception.Message,
            StringComparison.Ordinal);
    }
}

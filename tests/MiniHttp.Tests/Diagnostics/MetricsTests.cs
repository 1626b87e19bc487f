using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using MiniHttp.Tests.Server;

namespace MiniHttp.Tests.Diagnostics;

/// <summary>What the server records on its meter, over real connections: counts, tags, and counters back at zero.</summary>
public sealed class MetricsTests
{
    private const string RequestDuration = "http.server.request.duration";
    private const string ActiveRequests = "http.server.active_requests";
    private const string RejectedRequests = "minihttp.rejected_requests";
    private const string ActiveConnections = "minihttp.active_connections";
    private const string ConnectionDuration = "minihttp.connection.duration";
    private const string RejectedConnections = "minihttp.rejected_connections";

    /// <summary>
    /// <c>/ok</c> answers 200, <c>/later</c> defers its 200, <c>/throw</c> fails (500), anything else is 404; each route
    /// names itself in <see cref="HttpResponse.Route"/> first, as generated binders do.
    /// </summary>
    private readonly struct MeteredRouter : IHttpRouter
    {
        public void Dispatch(scoped in HttpRequest request, HttpResponse response)
        {
            if (request.Path.SequenceEqual("/ok"u8))
            {
                response.Route = "/ok";
                response.WritePlainText("ok"u8);
            }
            else if (request.Path.SequenceEqual("/later"u8))
            {
                response.Route = "/later";
                response.Defer(AnswerLaterAsync(response));
            }
            else if (request.Path.SequenceEqual("/throw"u8))
            {
                response.Route = "/throw";
                throw new InvalidOperationException("The handler failed.");
            }
            else
            {
                response.WriteNotFound();
            }
        }

        private static async ValueTask AnswerLaterAsync(HttpResponse response)
        {
            await Task.Yield();
            response.WritePlainText("later"u8);
        }
    }

    [Fact]
    public async Task Requests_connections_and_rejections_are_counted_with_their_tags_and_the_gauges_return_to_zero()
    {
        var port = 0;
        using var metrics = new MetricsCollector(scope: null, () => port);
        await using var server = TestServer.Start<MeteredRouter>();
        port = server.LocalEndPoint.Port;

        await using (var pipelined = await TestClient.ConnectAsync(server.LocalEndPoint))
        {
            await pipelined.SendAsync(
                "GET /ok HTTP/1.1\r\nHost: a\r\n\r\n"
                + "GET /missing HTTP/1.1\r\nHost: a\r\n\r\n"
                + "POST /ok HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhi"
                + "PURGE /ok HTTP/1.1\r\nHost: a\r\n\r\n"
                + "GET /later HTTP/1.1\r\nHost: a\r\n\r\n"
                + "DELETE /throw HTTP/1.1\r\nHost: a\r\n\r\n"
                + "GET /ok HTTP/1.0\r\n\r\n");
            var responses = TestClient.Parse(await pipelined.ReceiveToEndAsync());
            Assert.Equal([200, 404, 200, 200, 200, 500, 200], responses.Select(response => response.Status));
        }

        await using (var rejected = await TestClient.ConnectAsync(server.LocalEndPoint))
        {
            await rejected.SendAsync("GET /ok HTTP/1.1\r\nHost: a\r\nContent-Length: x\r\n\r\n");
            Assert.Equal(400, Assert.Single(TestClient.Parse(await rejected.ReceiveToEndAsync())).Status);
        }

        Assert.True(await TestServer.WaitUntilAsync(() => metrics.Of(ConnectionDuration).Count == 2));

        var requests = metrics.Of(RequestDuration);
        Assert.Equal(
            ["GET 200 1.1", "GET 404 1.1", "POST 200 1.1", "_OTHER 200 1.1", "GET 200 1.1", "DELETE 500 1.1", "GET 200 1.0"],
            requests.Select(request => $"{request.Tag("http.request.method")} {request.Tag("http.response.status_code")} {request.Tag("network.protocol.version")}"));
        Assert.Equal(
            ["/ok", "(none)", "/ok", "/ok", "/later", "/throw", "/ok"],
            requests.Select(request => request.Tags.ContainsKey("http.route") ? request.Tag("http.route") : "(none)"));
        Assert.All(requests, request => Assert.Equal("http", request.Tag("url.scheme")));
        Assert.All(requests, request => Assert.True(request.Value >= 0));
        Assert.All(requests, request => Assert.IsType<int>(request.Tags["http.response.status_code"]));
        Assert.Equal(["500"], requests.Where(request => request.Tags.ContainsKey("error.type")).Select(request => request.Tag("error.type")));

        Assert.Equal(7, metrics.Of(ActiveRequests).Count(measurement => measurement.Value == 1));
        Assert.Equal(0, metrics.Sum(ActiveRequests));

        var rejection = Assert.Single(metrics.Of(RejectedRequests));
        Assert.Equal(1, rejection.Value);
        Assert.Equal("invalid_content_length", rejection.Tag("error.type"));

        Assert.Equal([-1, -1, 1, 1], metrics.Of(ActiveConnections).Select(measurement => measurement.Value).Order());
        Assert.Equal(0, metrics.Sum(ActiveConnections));
        Assert.All(metrics.Of(ActiveConnections), connection => Assert.Equal("127.0.0.1", connection.Tag("server.address")));
        Assert.Empty(metrics.Of(RejectedConnections));
    }

    [Fact]
    public async Task A_request_head_that_times_out_and_a_connection_over_the_limit_are_counted_by_reason()
    {
        var port = 0;
        using var metrics = new MetricsCollector(scope: null, () => port);
        var limits = ServerLimits.Default with { MaxConcurrentConnections = 1, RequestHeadersTimeout = TimeSpan.FromSeconds(1) };
        await using var server = TestServer.Start<MeteredRouter>(limits: limits);
        port = server.LocalEndPoint.Port;

        await using var slow = await TestClient.ConnectAsync(server.LocalEndPoint);
        await slow.SendAsync("GET /ok HTTP/1.1\r\n");
        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 1));
        await using (var refused = await TestClient.ConnectAsync(server.LocalEndPoint))
        {
            Assert.Equal("", await refused.ReceiveToEndAsync());
        }

        Assert.Equal(408, Assert.Single(TestClient.Parse(await slow.ReceiveToEndAsync())).Status);

        Assert.Equal("request_headers_timeout", Assert.Single(metrics.Of(RejectedRequests)).Tag("error.type"));
        Assert.Equal(1, Assert.Single(metrics.Of(RejectedConnections)).Value);
        Assert.Empty(metrics.Of(RequestDuration));
    }

    [Fact]
    public async Task Two_servers_with_their_own_meter_factories_report_separately()
    {
        using var firstFactory = new TestMeterFactory();
        using var secondFactory = new TestMeterFactory();
        using var first = new MetricsCollector(firstFactory);
        using var second = new MetricsCollector(secondFactory);
        await using var firstServer = Start(firstFactory);
        await using var secondServer = Start(secondFactory);

        await SendAsync(firstServer, 2);
        await SendAsync(secondServer, 3);

        Assert.Equal(2, first.Of(RequestDuration).Count);
        Assert.Equal(3, second.Of(RequestDuration).Count);
        Assert.All(first.Of(RequestDuration), request => Assert.Equal(firstServer.LocalEndPoint.Port, request.Tags["server.port"]));
        Assert.All(second.Of(RequestDuration), request => Assert.Equal(secondServer.LocalEndPoint.Port, request.Tags["server.port"]));
    }

    private static HttpServer<MeteredRouter> Start(TestMeterFactory factory)
    {
        var server = new HttpServer<MeteredRouter>(new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0), MeterFactory = factory });
        server.Start();
        return server;
    }

    private static async Task SendAsync(HttpServer<MeteredRouter> server, int requests)
    {
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);
        await client.SendAsync(string.Concat(Enumerable.Repeat("GET /ok HTTP/1.1\r\nHost: a\r\n\r\n", requests)));
        await client.ReceiveResponsesAsync(requests);
    }
}

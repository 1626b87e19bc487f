using System;
using System.Linq;
using System.Threading.Tasks;
using MiniHttp.Tests.Server;

namespace MiniHttp.Tests.Resilience;

/// <summary>
/// The server under abuse over real loopback sockets: many idle connections, clients that reset at any moment, handlers
/// that throw, bad requests among good ones, half-closed clients. Each test asserts what every client got and that every
/// connection is gone afterwards; none asserts how fast.
/// </summary>
public sealed class ResilienceTests
{
    private const int IdleConnections = 2000;

    private static readonly byte[] s_bigBody = Enumerable.Repeat((byte)'b', 4 * 1024 * 1024).ToArray();

    private readonly struct ResilienceRouter : IHttpRouter
    {
        public void Dispatch(scoped in HttpRequest request, HttpResponse response)
        {
            switch (request.Path)
            {
                case var path when path.SequenceEqual("/throw"u8):
                    throw new InvalidOperationException("secret detail");

                case var path when path.SequenceEqual("/big"u8):
                    response.WritePlainText(s_bigBody);
                    break;

                default:
                    response.WritePlainText(request.Query);
                    break;
            }
        }
    }

    [Fact]
    public async Task Thousands_of_idle_connections_do_not_keep_other_requests_from_being_answered()
    {
        await using var server = TestServer.Start<ResilienceRouter>();
        var idle = new TestClient[IdleConnections];
        // In groups, so the connections never overflow the listen backlog while the accept loop catches up.
        for (var i = 0; i < IdleConnections; i += 200)
        {
            var group = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => TestClient.ConnectAsync(server.LocalEndPoint)));
            group.CopyTo(idle, i);
        }

        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == IdleConnections));

        await using (var client = await TestClient.ConnectAsync(server.LocalEndPoint))
        {
            for (var i = 0; i < 10; i++)
            {
                await client.SendAsync($"GET /?{i} HTTP/1.1\r\nHost: a\r\n\r\n");
                Assert.Equal(Wire.Ok($"{i}"), Wire.MaskDate(await client.ReceiveResponsesAsync(1)));
            }
        }

        await Task.WhenAll(idle.Select(client => client.DisposeAsync().AsTask()));
        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 0));
    }

    [Fact]
    public async Task Clients_that_reset_mid_request_end_only_their_own_connections()
    {
        await using var server = TestServer.Start<ResilienceRouter>();
        string[] partials =
        [
            "GET /?a HTTP/1.1\r\nHo",
            "POST /?a HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\nhalf",
            "POST /?a HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab",
        ];

        for (var round = 0; round < 30; round++)
        {
            var client = await TestClient.ConnectAsync(server.LocalEndPoint);
            await client.SendAsync(partials[round % partials.Length]);
            client.Reset();
        }

        await AssertAnsweredAsync(server);
        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 0));
    }

    [Fact]
    public async Task Clients_that_reset_mid_response_end_only_their_own_connections()
    {
        await using var server = TestServer.Start<ResilienceRouter>();
        var clients = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => TestClient.ConnectAsync(server.LocalEndPoint)));

        foreach (var client in clients)
        {
            // Four MiB will not fit in the socket buffers, so the server is still sending when the client resets.
            await client.SendAsync("GET /big HTTP/1.1\r\nHost: a\r\n\r\n");
        }

        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == clients.Length));
        foreach (var client in clients)
        {
            client.Reset();
        }

        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 0));
        await AssertAnsweredAsync(server);
    }

    [Fact]
    public async Task Handlers_that_throw_on_many_connections_at_once_each_get_a_500_and_the_connections_go_on()
    {
        await using var server = TestServer.Start<ResilienceRouter>();

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);
            await client.SendAsync($"GET /throw HTTP/1.1\r\nHost: a\r\n\r\nGET /?{i} HTTP/1.1\r\nHost: a\r\n\r\nGET /throw HTTP/1.1\r\nHost: a\r\n\r\n");
            return (i, Wire.MaskDate(await client.ReceiveResponsesAsync(3)));
        }));

        foreach (var (i, received) in answers)
        {
            Assert.Equal(Wire.InternalServerError + Wire.Ok($"{i}") + Wire.InternalServerError, received);
        }

        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 0));
    }

    [Fact]
    public async Task Bursts_of_bad_requests_on_other_connections_do_not_disturb_a_good_one()
    {
        await using var server = TestServer.Start<ResilienceRouter>();
        await using var good = await TestClient.ConnectAsync(server.LocalEndPoint);
        string[] bad =
        [
            "GARBAGE\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n",
            "GET / HTTP/9.9\r\nHost: a\r\n\r\n",
        ];

        var badAnswers = 0;
        for (var burst = 0; burst < 10; burst++)
        {
            var statusLines = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
            {
                await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);
                await client.SendAsync(bad[i % bad.Length]);
                var received = await client.ReceiveToEndAsync();
                return received[..received.IndexOf("\r\n", StringComparison.Ordinal)];
            }));
            badAnswers += statusLines.Count(line => line is "HTTP/1.1 400 Bad Request" or "HTTP/1.1 505 HTTP Version Not Supported");

            await good.SendAsync($"GET /?{burst} HTTP/1.1\r\nHost: a\r\n\r\n");
            Assert.Equal(Wire.Ok($"{burst}"), Wire.MaskDate(await good.ReceiveResponsesAsync(1)));
        }

        Assert.Equal(200, badAnswers);
        await good.DisposeAsync();
        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 0));
    }

    [Fact]
    public async Task A_client_that_half_closes_after_sending_still_gets_its_responses()
    {
        await using var server = TestServer.Start<ResilienceRouter>();
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync("GET /?one HTTP/1.1\r\nHost: a\r\n\r\nGET /?two HTTP/1.1\r\nHost: a\r\n\r\n");
        client.ShutdownSend();

        Assert.Equal(Wire.Ok("one") + Wire.Ok("two"), Wire.MaskDate(await client.ReceiveToEndAsync()));
        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 0));
    }

    /// <summary>A fresh connection is still answered, byte for byte.</summary>
    private static async Task AssertAnsweredAsync(HttpServer<ResilienceRouter> server)
    {
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);
        await client.SendAsync("GET /?still-here HTTP/1.1\r\nHost: a\r\n\r\n");
        Assert.Equal(Wire.Ok("still-here"), Wire.MaskDate(await client.ReceiveResponsesAsync(1)));
    }
}

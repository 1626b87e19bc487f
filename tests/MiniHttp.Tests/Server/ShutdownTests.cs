using System;
using System.Linq;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp.Tests.Server;

/// <summary>
/// <see cref="HttpServer{TRouter}.StopAsync(TimeSpan)"/>: new connections are refused at once, every request being answered
/// gets its whole response, idle connections close, and what is left at the deadline is aborted.
/// </summary>
public sealed class ShutdownTests
{
    private static int s_entered;

    // Releases the /slow handlers; a test releases them once the stop has begun, so their responses are written during it.
    private static TaskCompletionSource s_release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Written the way the generator emits async handlers: work that is not done at once defers the response.</summary>
    private readonly struct SlowRouter : IHttpRouter
    {
        public void Dispatch(scoped in HttpRequest request, HttpResponse response)
        {
            switch (request.Path)
            {
                case var path when path.SequenceEqual("/slow"u8):
                    Interlocked.Increment(ref s_entered);
                    response.Defer(AnswerWhenReleasedAsync(response));
                    break;

                case var path when path.SequenceEqual("/forever"u8):
                    Interlocked.Increment(ref s_entered);
                    response.Defer(AnswerAfterAsync(Timeout.InfiniteTimeSpan, response, request.Aborted));
                    break;

                default:
                    response.WritePlainText("fast"u8);
                    break;
            }
        }

        private static async ValueTask AnswerWhenReleasedAsync(HttpResponse response)
        {
            await s_release.Task.ConfigureAwait(false);
            response.WritePlainText("slow"u8);
        }

        private static async ValueTask AnswerAfterAsync(TimeSpan delay, HttpResponse response, CancellationToken aborted)
        {
            await Task.Delay(delay, aborted).ConfigureAwait(false);
            response.WritePlainText("slow"u8);
        }
    }

    [Fact]
    public async Task Every_request_being_answered_when_stop_begins_gets_its_whole_response_and_new_connections_are_refused()
    {
        const int Clients = 20;
        s_entered = 0;
        s_release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        var server = TestServer.Start<SlowRouter>();
        var endPoint = server.LocalEndPoint;
        var clients = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => TestClient.ConnectAsync(endPoint)));
        var idle = await TestClient.ConnectAsync(endPoint);
        await idle.SendAsync("GET /fast HTTP/1.1\r\nHost: a\r\n\r\n");
        Assert.Equal(Wire.Ok("fast"), Wire.MaskDate(await idle.ReceiveResponsesAsync(1)));

        await Task.WhenAll(clients.Select(client => client.SendAsync("GET /slow HTTP/1.1\r\nHost: a\r\n\r\n")));
        Assert.True(await TestServer.WaitUntilAsync(() => Volatile.Read(ref s_entered) == Clients));

        var stopping = server.StopAsync(TimeSpan.FromSeconds(30));
        s_release.SetResult();

        await Assert.ThrowsAnyAsync<SocketException>(() => TestClient.ConnectAsync(endPoint));
        Assert.Equal("", await idle.ReceiveToEndAsync());
        foreach (var client in clients)
        {
            // Its handler was still working when the stop began: the response it then wrote says the connection closes.
            Assert.Equal(
                Wire.Ok("slow").Replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n", StringComparison.Ordinal),
                Wire.MaskDate(await client.ReceiveToEndAsync()));
            await client.DisposeAsync();
        }

        await stopping.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, server.ConnectionCount);
        await idle.DisposeAsync();
    }

    [Fact]
    public async Task A_request_answered_while_stopping_is_answered_with_connection_close()
    {
        s_entered = 0;
        s_release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        var server = TestServer.Start<SlowRouter>();
        await using var slow = await TestClient.ConnectAsync(server.LocalEndPoint);
        await using var late = await TestClient.ConnectAsync(server.LocalEndPoint);
        await slow.SendAsync("GET /slow HTTP/1.1\r\nHost: a\r\n\r\n");
        Assert.True(await TestServer.WaitUntilAsync(() => Volatile.Read(ref s_entered) == 1));
        // A request in progress when the stop begins: its head is in (the 100 Continue says so), its body is not.
        await late.SendAsync("POST /fast HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
        Assert.Equal("HTTP/1.1 100 Continue\r\n\r\n", await late.ReceiveResponsesAsync(1));

        var stopping = server.StopAsync(TimeSpan.FromSeconds(30));
        s_release.SetResult();
        await late.SendAsync("body");

        Assert.Equal(
            "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\nDate: *\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 4\r\nConnection: close\r\n\r\nfast",
            Wire.MaskDate(await late.ReceiveToEndAsync()));
        Assert.Equal(
            Wire.Ok("slow").Replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n", StringComparison.Ordinal),
            Wire.MaskDate(await slow.ReceiveToEndAsync()));
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, server.ConnectionCount);
    }

    [Fact]
    public async Task Under_load_every_response_sent_before_the_stop_closes_a_connection_is_whole()
    {
        var server = TestServer.Start<SlowRouter>();
        var endPoint = server.LocalEndPoint;
        using var started = new CountdownEvent(10);

        var clients = Enumerable.Range(0, 10).Select(i => Task.Run(() => RequestUntilClosedAsync(endPoint, i, started))).ToArray();
        Assert.True(started.Wait(TimeSpan.FromSeconds(10)));
        await server.StopAsync(TimeSpan.FromSeconds(30)).WaitAsync(TimeSpan.FromSeconds(30));
        var answered = await Task.WhenAll(clients).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(answered, count => Assert.True(count >= 1));
        Assert.Equal(0, server.ConnectionCount);
    }

    /// <summary>
    /// Sends requests one after another on one connection until the server closes it, checking each response whole; the
    /// last may carry <c>Connection: close</c>. A close with nothing sent means the request was never read.
    /// </summary>
    /// <returns>How many responses came.</returns>
    private static async Task<int> RequestUntilClosedAsync(System.Net.IPEndPoint endPoint, int client, CountdownEvent started)
    {
        await using var connection = await TestClient.ConnectAsync(endPoint);
        var closing = Wire.Ok("fast").Replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n", StringComparison.Ordinal);
        for (var count = 0; ; count++)
        {
            string received;
            try
            {
                await connection.SendAsync($"GET /fast?{client} HTTP/1.1\r\nHost: a\r\n\r\n");
                received = Wire.MaskDate(await connection.ReceiveResponsesAsync(1));
            }
            catch (Exception e) when (e is SocketException || e is InvalidOperationException { Message: "The server closed after sending:\n" })
            {
                return count;
            }

            if (count == 0)
            {
                started.Signal();
            }

            if (received == closing)
            {
                Assert.Equal("", await connection.ReceiveToEndAsync());
                return count + 1;
            }

            Assert.Equal(Wire.Ok("fast"), received);
        }
    }

    [Fact]
    public async Task What_is_left_at_the_deadline_is_aborted_and_its_handler_sees_aborted()
    {
        s_entered = 0;
        var server = TestServer.Start<SlowRouter>();
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);
        await client.SendAsync("GET /forever HTTP/1.1\r\nHost: a\r\n\r\n");
        Assert.True(await TestServer.WaitUntilAsync(() => Volatile.Read(ref s_entered) == 1));

        await server.StopAsync(TimeSpan.FromMilliseconds(200)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("", await client.ReceiveToEndAsync());
        Assert.Equal(0, server.ConnectionCount);
    }
}

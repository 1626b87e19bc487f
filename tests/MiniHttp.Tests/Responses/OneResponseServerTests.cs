using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using MiniHttp.Tests.Server;
using ServerWire = MiniHttp.Tests.Server.Wire;

namespace MiniHttp.Tests.Responses;

/// <summary>
/// Over a real connection, a handler that writes more than once puts exactly one response on the wire: the second write
/// throws in the handler, the exception is logged, and the request pipelined behind it is answered on the same connection.
/// </summary>
public sealed class OneResponseServerTests
{
    private const string Streamed = "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\nDate: *\r\nContent-Type: application/octet-stream\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n5\r\nchunk\r\n0\r\n\r\n";

    private const string OkClosing = "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\nDate: *\r\nContent-Type: text/plain; charset=utf-8\r\n"
        + "Content-Length: 2\r\nConnection: close\r\n\r\nok";

    private readonly struct WritingTwiceRouter : IHttpRouter
    {
        public void Dispatch(scoped in HttpRequest request, HttpResponse response)
        {
            var path = request.Path;
            if (path.SequenceEqual("/twice"u8))
            {
                response.WritePlainText("first"u8);
                response.WritePlainText("second"u8);
            }
            else if (path.SequenceEqual("/header-after"u8))
            {
                response.WritePlainText("first"u8);
                response.AddHeader("X-Late", "1");
            }
            else if (path.SequenceEqual("/deferred-twice"u8))
            {
                response.Defer(WriteTwiceLater(response));
            }
            else if (path.SequenceEqual("/streamed-then-write"u8))
            {
                // The body waits for the second write, so the response is certainly still streaming when it comes.
                var secondWritten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                response.Defer(response.WriteStreamedAsync(HttpResult.Stream(200, async (body, cancellationToken) =>
                {
                    await secondWritten.Task;
                    await body.WriteAsync("chunk"u8.ToArray(), cancellationToken);
                })));
                try
                {
                    response.WritePlainText("second"u8);
                }
                finally
                {
                    secondWritten.SetResult();
                }
            }
            else
            {
                response.WritePlainText("ok"u8);
            }
        }

        private static async ValueTask WriteTwiceLater(HttpResponse response)
        {
            await Task.Yield();
            response.WritePlainText("first"u8);
            response.WritePlainText("second"u8);
        }
    }

    [Theory]
    [InlineData("/twice", "A response was already written")]
    [InlineData("/header-after", "A response was already written for this request, so a header added now would never be sent")]
    [InlineData("/deferred-twice", "A response was already written")]
    [InlineData("/streamed-then-write", "A streamed response is being written")]
    public async Task Exactly_one_response_reaches_the_wire_and_the_next_request_is_answered(string path, string message)
    {
        var logger = new CapturingLogger();
        await using var server = TestServer.Start<WritingTwiceRouter>(logger);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync($"GET {path} HTTP/1.1\r\nHost: a\r\n\r\nGET /ok HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        var received = await client.ReceiveToEndAsync();

        var first = path == "/streamed-then-write" ? Streamed : ServerWire.Ok("first");
        Assert.Equal(first + OkClosing, ServerWire.MaskDate(received));
        var failure = Assert.Single(logger.ConnectionEntries, static entry => entry.Level >= LogLevel.Error);
        Assert.Equal((new EventId(1, "HandlerFailed"), $"The handler for GET {path} threw an exception."), (failure.EventId, failure.Message));
        Assert.StartsWith(message, Assert.IsType<InvalidOperationException>(failure.Exception).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_that_writes_twice_leaves_the_connection_serving_pipelined_requests_in_order()
    {
        var logger = new CapturingLogger();
        await using var server = TestServer.Start<WritingTwiceRouter>(logger);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync(string.Concat(Enumerable.Repeat("GET /twice HTTP/1.1\r\nHost: a\r\n\r\nGET /ok HTTP/1.1\r\nHost: a\r\n\r\n", 3)));
        var received = await client.ReceiveResponsesAsync(6);
        await client.SendAsync("GET /ok HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        var rest = await client.ReceiveToEndAsync();

        Assert.Equal(string.Concat(Enumerable.Repeat(ServerWire.Ok("first") + ServerWire.Ok("ok"), 3)) + OkClosing, ServerWire.MaskDate(received + rest));
        Assert.Equal(3, logger.ConnectionEntries.Count(static entry => entry.Level >= LogLevel.Error));
    }
}

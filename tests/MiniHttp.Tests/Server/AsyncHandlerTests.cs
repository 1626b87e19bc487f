using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace MiniHttp.Tests.Server;

/// <summary>
/// Handlers whose work completes later defer their response (<see cref="HttpResponse.Defer"/>): the connection awaits it,
/// and answers the requests pipelined behind it afterwards, in order. The router is written by hand the way the generator
/// emits one: an already completed task is answered at once, any other is deferred.
/// </summary>
public sealed class AsyncHandlerTests
{
    private static readonly TaskCompletionSource s_laterEntered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private static readonly TaskCompletionSource<string> s_laterResult = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly struct AsyncRouter : IHttpRouter
    {
        public void Dispatch(scoped in HttpRequest request, HttpResponse response)
        {
            // Copied before any deferral: the request's spans are not valid once Dispatch returns.
            var query = Encoding.ASCII.GetString(request.Query);
            var task = request.Path switch
            {
                var path when path.SequenceEqual("/sync"u8) => new ValueTask<string>("sync " + query),
                var path when path.SequenceEqual("/yield"u8) => YieldThenAnswerAsync(query),
                var path when path.SequenceEqual("/later"u8) => AnswerLaterAsync(),
                var path when path.SequenceEqual("/throw"u8) => YieldThenThrowAsync(),
                _ => throw new InvalidOperationException("No such route."),
            };

            if (task.IsCompletedSuccessfully)
            {
                response.WritePlainText(task.Result);
            }
            else
            {
                response.Defer(WriteWhenDoneAsync(task, response));
            }
        }

        private static async ValueTask WriteWhenDoneAsync(ValueTask<string> task, HttpResponse response) =>
            response.WritePlainText(await task.ConfigureAwait(false));

        private static async ValueTask<string> YieldThenAnswerAsync(string query)
        {
            await Task.Yield();
            return "yield " + query;
        }

        private static async ValueTask<string> AnswerLaterAsync()
        {
            s_laterEntered.SetResult();
            return await s_laterResult.Task.ConfigureAwait(false);
        }

        private static async ValueTask<string> YieldThenThrowAsync()
        {
            await Task.Yield();
            throw new InvalidOperationException("secret detail");
        }
    }

    [Fact]
    public async Task A_handler_that_completes_later_is_answered_when_it_completes_and_the_request_behind_it_after()
    {
        await using var server = TestServer.Start<AsyncRouter>();
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync("GET /later HTTP/1.1\r\nHost: a\r\n\r\nGET /sync?after HTTP/1.1\r\nHost: a\r\n\r\n");
        await s_laterEntered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        s_laterResult.SetResult("later");

        Assert.Equal(Wire.Ok("later") + Wire.Ok("sync after"), Wire.MaskDate(await client.ReceiveResponsesAsync(2)));
    }

    [Fact]
    public async Task Pipelined_sync_and_async_requests_are_answered_in_request_order()
    {
        await using var server = TestServer.Start<AsyncRouter>();
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);
        string[] paths = ["/sync?1", "/yield?2", "/yield?3", "/sync?4", "/sync?5", "/yield?6", "/sync?7", "/yield?8"];

        await client.SendAsync(string.Concat(paths.Select(path => $"GET {path} HTTP/1.1\r\nHost: a\r\n\r\n")));
        var received = await client.ReceiveResponsesAsync(paths.Length);

        var expected = string.Concat(paths.Select(path => Wire.Ok(path[1..].Replace('?', ' '))));
        Assert.Equal(expected, Wire.MaskDate(received));
    }

    [Fact]
    public async Task Pipelined_requests_split_across_sends_are_answered_in_order_around_an_async_one()
    {
        await using var server = TestServer.Start<AsyncRouter>();
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync("GET /yield?1 HTTP/1.1\r\nHost: a\r\n\r\nGET /sync?2 HT");
        Assert.Equal(Wire.Ok("yield 1"), Wire.MaskDate(await client.ReceiveResponsesAsync(1)));
        await client.SendAsync("TP/1.1\r\nHost: a\r\n\r\nGET /yield?3 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\nGET /sync?never HTTP/1.1\r\nHost: a\r\n\r\n");

        var rest = Wire.MaskDate(await client.ReceiveToEndAsync());
        var closing = Wire.Ok("yield 3").Replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n", StringComparison.Ordinal);
        Assert.Equal(Wire.Ok("sync 2") + closing, rest);
    }

    [Fact]
    public async Task An_async_handler_that_throws_gets_a_500_and_a_log_entry_and_the_connection_goes_on()
    {
        var logger = new CapturingLogger();
        await using var server = TestServer.Start<AsyncRouter>(logger);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync("GET /throw?x HTTP/1.1\r\nHost: a\r\n\r\nGET /yield?after HTTP/1.1\r\nHost: a\r\n\r\n");
        var received = await client.ReceiveResponsesAsync(2);

        Assert.Equal(Wire.InternalServerError + Wire.Ok("yield after"), Wire.MaskDate(received));
        var entry = Assert.Single(logger.WithEvent("HandlerFailed"));
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Equal("The handler for GET /throw threw an exception.", entry.Message);
        Assert.Equal("secret detail", entry.Exception?.Message);
    }

    [Fact]
    public void A_task_that_completed_at_once_is_answered_without_deferring()
    {
        var pipe = new System.IO.Pipelines.Pipe();
        var response = new HttpResponse(pipe.Writer);
        var bytes = "GET /sync?now HTTP/1.1\r\nHost: a\r\n\r\n"u8.ToArray();
        using var reader = new MiniHttp.Parsing.RequestReader(ServerLimits.Default);
        reader.TryRead(new System.Buffers.ReadOnlySequence<byte>(bytes), out var request, out _, out _);

        response.Reset(request.Version, request.KeepAlive);
        default(AsyncRouter).Dispatch(request, response);

        Assert.False(response.IsDeferred);
        Assert.True(response.IsCommitted);
    }

    [Fact]
    public async Task Deferring_twice_is_refused()
    {
        var response = new HttpResponse(new System.IO.Pipelines.Pipe().Writer);
        response.Defer(ValueTask.CompletedTask);

        Assert.Throws<InvalidOperationException>(() => response.Defer(ValueTask.CompletedTask));
        await response.TakeDeferred();
        Assert.False(response.IsDeferred);
    }
}

using System;
using System.IO.Pipelines;
using System.Text;
using System.Threading.Tasks;
using MiniHttp.Tests.Compression;

namespace MiniHttp.Tests.Responses;

/// <summary>
/// A request has one response: once it is written (or a streamed one started), a second write, a header added, a route
/// named or any write from <c>OnResponse</c> throws <see cref="InvalidOperationException"/> and leaves the output as it was.
/// </summary>
public sealed class OneResponseTests
{
    private const string AlreadyWritten =
        "A response was already written for this request; a handler or request hook writes at most one. "
        + "A request hook that answers in OnRequest returns false, so that the route does not answer too.";

    private const string Streaming =
        "A streamed response is being written for this request; a handler or request hook writes at most one response, "
        + "and a streamed one's body goes only through its producer's stream.";

    private const string InResponseHook =
        "OnResponse runs once the request is answered: it may read the response (StatusCode, Route) but neither write to "
        + "it nor add headers. A request hook answers in OnRequest, and then returns false.";

    private const string HeaderAfterWrite =
        "A response was already written for this request, so a header added now would never be sent; add headers before "
        + "the response is written (a request hook adds them in OnRequest).";

    private const string HeaderWhileStreaming =
        "A streamed response is being written for this request, so a header added now might never be sent; give the "
        + "StreamedResult its headers with WithHeader.";

    private const string RouteAfterWrite =
        "A response was already written for this request before its route ran, and the route would answer it again; a "
        + "request hook that answers in OnRequest returns false, so that no route runs after it.";

    private const string First = "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + Wire.Date
        + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 5\r\n\r\nfirst";

    private const string ChunkedHead =
        "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n";

    private static readonly TimeSpan s_bound = TimeSpan.FromSeconds(30);

    /// <summary>Every way to write a response, by name: the write methods, each kind of result, and a streamed one.</summary>
    public static TheoryData<string> Writes =>
    [
        "plain text bytes", "plain text number", "plain text string", "no content", "bad request", "not found",
        "method not allowed", "options", "json", "result text", "result bytes", "result json", "result 204", "result status",
        "streamed", "streamed head",
    ];

    [Theory]
    [MemberData(nameof(Writes))]
    public void A_second_write_throws_and_the_first_response_is_all_there_is(string write)
    {
        var wire = Wire.Capture(response =>
        {
            response.WritePlainText("first"u8);

            var refused = Assert.Throws<InvalidOperationException>(() => Write(response, write));

            Assert.Equal(AlreadyWritten, refused.Message);
            Assert.Equal(200, response.StatusCode);
        });

        Assert.Equal(First, wire);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task While_a_streamed_body_is_produced_every_other_write_throws(string write)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var result = HttpResult.Stream(200, async (body, cancellationToken) =>
        {
            await gate.Task.WaitAsync(s_bound, cancellationToken);
            await body.WriteAsync("abc"u8.ToArray(), cancellationToken);
        });

        var (wire, _) = await Wire.CaptureAsync(async response =>
        {
            var streaming = response.WriteStreamedAsync(result);

            var refused = Assert.Throws<InvalidOperationException>(() => Write(response, write));
            var header = Assert.Throws<InvalidOperationException>(() => response.AddHeader("X-Late", "1"));

            gate.SetResult();
            await streaming.AsTask().WaitAsync(s_bound);
            Assert.Equal(Streaming, refused.Message);
            Assert.Equal(HeaderWhileStreaming, header.Message);
            Assert.True(response.IsCommitted);
        });

        Assert.Equal(ChunkedHead + "3\r\nabc\r\n0\r\n\r\n", wire);
    }

    [Fact]
    public async Task A_streamed_response_once_ended_is_written_like_any_other()
    {
        var result = HttpResult.Stream(200, static (body, cancellationToken) => body.WriteAsync("abc"u8.ToArray(), cancellationToken));

        var (wire, _) = await Wire.CaptureAsync(async response =>
        {
            await response.WriteStreamedAsync(result);

            Assert.Equal(AlreadyWritten, Assert.Throws<InvalidOperationException>(() => response.WritePlainText("second"u8)).Message);
        });

        Assert.Equal(ChunkedHead + "3\r\nabc\r\n0\r\n\r\n", wire);
    }

    [Fact]
    public void A_header_added_after_the_response_throws()
    {
        var wire = Wire.Capture(response =>
        {
            response.WritePlainText("first"u8);

            Assert.Equal(HeaderAfterWrite, Assert.Throws<InvalidOperationException>(() => response.AddHeader("X-Late", "1")).Message);
        });

        Assert.Equal(First, wire);
    }

    [Fact]
    public void A_route_named_after_the_response_throws_and_keeps_the_route_that_answered()
    {
        Wire.Capture(response =>
        {
            response.Route = "/first";
            response.WritePlainText("first"u8);

            Assert.Equal(RouteAfterWrite, Assert.Throws<InvalidOperationException>(() => response.Route = "/second").Message);
            Assert.Equal("/first", response.Route);
        });
    }

    [Theory]
    [InlineData("write")]
    [InlineData("add a header")]
    [InlineData("name a route")]
    public void OnResponse_may_read_the_response_but_not_change_it(string change)
    {
        var wire = Wire.Capture(response =>
        {
            response.WritePlainText("first"u8);
            var hooks = new ResponseHook(hooked =>
            {
                Assert.Equal(200, hooked.StatusCode);
                Change(hooked, change);
            });

            var refused = Assert.Throws<InvalidOperationException>(() => response.AfterResponse(hooks, 0));

            Assert.Equal(InResponseHook, refused.Message);
            Assert.True(response.IsCommitted);
        });

        Assert.Equal(First, wire);
    }

    [Fact]
    public void OnResponse_cannot_answer_a_request_left_without_a_response_but_the_connection_still_can()
    {
        var wire = Wire.Capture(response =>
        {
            var hooks = new ResponseHook(static hooked => hooked.WriteResult(HttpResult.Text(200, "from OnResponse")));

            Assert.Equal(InResponseHook, Assert.Throws<InvalidOperationException>(() => response.AfterResponse(hooks, 0)).Message);
            Assert.False(response.IsCommitted);
            response.WriteInternalServerError();
        });

        Assert.Equal(
            "HTTP/1.1 500 Internal Server Error\r\nServer: MiniHttp\r\n" + Wire.Date
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 21\r\n\r\nInternal Server Error",
            wire);
    }

    [Fact]
    public async Task OnResponse_after_a_deferred_response_cannot_write_either()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var (wire, _) = await Wire.CaptureAsync(async response =>
        {
            response.Defer(WriteWhenOpened(response, gate.Task));
            response.AfterResponse(new ResponseHook(static hooked => hooked.WritePlainText("second"u8)), 0);
            var pending = response.TakeDeferred().AsTask();

            gate.SetResult();
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => pending.WaitAsync(s_bound));

            Assert.Equal(InResponseHook, refused.Message);
            Assert.True(response.IsCommitted);
        });

        Assert.Equal(First, wire);

        static async ValueTask WriteWhenOpened(HttpResponse response, Task gate)
        {
            await gate.WaitAsync(s_bound);
            response.WritePlainText("first"u8);
        }
    }

    [Fact]
    public async Task Deferred_work_that_writes_twice_fails_after_its_first_response()
    {
        var (wire, _) = await Wire.CaptureAsync(async response =>
        {
            response.Defer(WriteTwice(response));

            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => response.TakeDeferred().AsTask().WaitAsync(s_bound));

            Assert.Equal(AlreadyWritten, refused.Message);
        });

        Assert.Equal(First, wire);

        static async ValueTask WriteTwice(HttpResponse response)
        {
            await Task.Yield();
            response.WritePlainText("first"u8);
            response.WritePlainText("second"u8);
        }
    }

    [Fact]
    public void Deferring_twice_throws()
    {
        Wire.Capture(response =>
        {
            response.Defer(ValueTask.CompletedTask);

            var refused = Assert.Throws<InvalidOperationException>(() => response.Defer(ValueTask.CompletedTask));

            Assert.Equal("The response to this request was already deferred; a request's response is deferred at most once.", refused.Message);
        });
    }

    [Fact]
    public void A_compressed_response_refuses_a_second_write_too()
    {
        var text = CompressedWire.Text(2000);

        var (head, body) = CompressedWire.Capture("Accept-Encoding: gzip\r\n", response =>
        {
            response.WritePlainText(text);

            Assert.Equal(AlreadyWritten, Assert.Throws<InvalidOperationException>(() => response.WritePlainText(text)).Message);
        });

        var length = int.Parse(head.Split("Content-Length: ")[1].Split("\r\n")[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Content-Encoding: gzip\r\n", head, StringComparison.Ordinal);
        Assert.Equal(length, body.Length);
        Assert.Equal(text, Encoding.UTF8.GetString(CompressedWire.Decompress("gzip", body)));
    }

    [Fact]
    public void Writing_and_running_the_response_hook_allocate_nothing()
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        var response = new HttpResponse(pipe.Writer);
        var hooks = new ResponseHook(static _ => { });
        AnswerMany(pipe, response, hooks, 10);

        var before = GC.GetAllocatedBytesForCurrentThread();
        AnswerMany(pipe, response, hooks, 1000);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void AnswerMany(Pipe pipe, HttpResponse response, ResponseHook hooks, int count)
    {
        for (var i = 0; i < count; i++)
        {
            response.Reset(ProtocolVersion.Http11, keepAlive: true);
            response.Route = "/n";
            response.WritePlainText(i);
            response.AfterResponse(hooks, i);
            var flush = pipe.Writer.FlushAsync();
            Assert.True(flush.IsCompletedSuccessfully);
            pipe.Reader.TryRead(out var result);
            pipe.Reader.AdvanceTo(result.Buffer.End);
        }
    }

    private static void Write(HttpResponse response, string write)
    {
        switch (write)
        {
            case "plain text bytes": response.WritePlainText("second"u8); break;
            case "plain text number": response.WritePlainText(2); break;
            case "plain text string": response.WritePlainText("second"); break;
            case "no content": response.WriteNoContent(); break;
            case "bad request": response.WriteBadRequest("bad"u8); break;
            case "not found": response.WriteNotFound(); break;
            case "method not allowed": response.WriteMethodNotAllowed("GET"u8); break;
            case "options": response.WriteOptions("GET"u8); break;
            case "json": response.WriteJson(new Problem("b", 2), HttpResultJsonContext.Default.Problem); break;
            case "result text": response.WriteResult(HttpResult.Text(201, "second")); break;
            case "result bytes": response.WriteResult(HttpResult.Bytes(200, new byte[2])); break;
            case "result json": response.WriteResult(HttpResult.Json(2, HttpResultJsonContext.Default.Int32)); break;
            case "result 204": response.WriteResult(HttpResult.Status(204)); break;
            case "result status": response.WriteResult(HttpResult.Status(410)); break;
            case "streamed": response.WriteStreamedAsync(HttpResult.Stream(200, static (_, _) => ValueTask.CompletedTask)).AsTask().GetAwaiter().GetResult(); break;
            default: response.WriteStreamedAsync(HttpResult.Stream(200, static (_, _) => ValueTask.CompletedTask), omitBody: true).AsTask().GetAwaiter().GetResult(); break;
        }
    }

    private static void Change(HttpResponse response, string change)
    {
        switch (change)
        {
            case "write": response.WriteResult(HttpResult.Status(500)); break;
            case "add a header": response.AddHeader("X-Late", "1"); break;
            default: response.Route = "/late"; break;
        }
    }

    /// <summary>Request hooks whose <c>OnResponse</c> does what the test says; <c>OnRequest</c> lets every request through.</summary>
    private sealed class ResponseHook(Action<HttpResponse> onResponse) : IRequestHooks<int>
    {
        public bool OnRequest(scoped in HttpRequest request, HttpResponse response, out int state)
        {
            state = 0;
            return true;
        }

        public void OnResponse(in int state, HttpResponse response) => onResponse(response);
    }
}

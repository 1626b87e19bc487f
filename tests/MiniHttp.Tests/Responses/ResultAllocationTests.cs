using System;
using System.IO.Pipelines;

namespace MiniHttp.Tests.Responses;

/// <summary>Making and writing a result allocates nothing once the connection is warm: measured, not assumed.</summary>
public sealed class ResultAllocationTests
{
    private const int WriteCount = 1000;

    private static readonly byte[] s_body = "payload"u8.ToArray();
    private static readonly Problem s_problem = new("name", 3);
    private static readonly HttpResult s_withHeaders = HttpResult.Text(200, "cached").WithHeader("Cache-Control", "max-age=60");

    [Theory]
    [InlineData("status")]
    [InlineData("text")]
    [InlineData("utf8 text")]
    [InlineData("bytes")]
    [InlineData("json")]
    [InlineData("result with headers made once")]
    [InlineData("head")]
    public void A_thousand_results_are_made_and_written_without_allocating(string kind)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        var response = new HttpResponse(pipe.Writer);
        WriteMany(pipe, response, kind, 10);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var written = WriteMany(pipe, response, kind, WriteCount);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(WriteCount, written);
        Assert.Equal(0, allocated);
    }

    private static int WriteMany(Pipe pipe, HttpResponse response, string kind, int count)
    {
        var written = 0;
        for (var i = 0; i < count; i++)
        {
            response.Reset(ProtocolVersion.Http11, keepAlive: true);
            response.WriteResult(Make(kind), omitBody: kind == "head");
            written += response.IsCommitted ? 1 : 0;

            // What the connection does after each batch: flush, and the socket side takes everything.
            // An unbounded pipe completes every flush at once.
            var flush = pipe.Writer.FlushAsync();
            Assert.True(flush.IsCompletedSuccessfully);
            pipe.Reader.TryRead(out var result);
            pipe.Reader.AdvanceTo(result.Buffer.End);
        }

        return written;
    }

    private static HttpResult Make(string kind) => kind switch
    {
        "status" => HttpResult.Status(404),
        "text" => HttpResult.Text(201, "created"),
        "utf8 text" => HttpResult.Text(200, s_body),
        "bytes" => HttpResult.Bytes(200, s_body),
        "json" => HttpResult.Json(s_problem, HttpResultJsonContext.Default.Problem),
        "head" => HttpResult.Text(200, "hello"),
        _ => s_withHeaders,
    };
}

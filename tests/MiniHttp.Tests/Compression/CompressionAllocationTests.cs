using System;
using System.IO.Pipelines;
using System.Text;
using Xunit.Abstractions;

namespace MiniHttp.Tests.Compression;

/// <summary>
/// What a compressed response allocates once the connection is warm, measured: nothing for Brotli, which codes in one
/// call into the reused buffer; gzip's stream and its zlib handle for each response.
/// </summary>
public sealed class CompressionAllocationTests(ITestOutputHelper output)
{
    private const int WriteCount = 1000;
    private const int MeasuredRuns = 3;

    private static readonly byte[] s_body = Encoding.UTF8.GetBytes(CompressedWire.Text(8000));

    [Theory]
    [InlineData("Accept-Encoding: br\r\n", true)]
    [InlineData("Accept-Encoding: gzip, br\r\n", true)]
    [InlineData("Accept-Encoding: identity\r\n", true)]
    [InlineData("", true)]
    [InlineData("Accept-Encoding: br\r\n", false)]
    public void Brotli_uncompressed_and_routes_that_do_not_compress_allocate_nothing(string requestHeaders, bool compresses)
    {
        Assert.Equal(0, AllocatedPerResponse(requestHeaders, compresses));
    }

    [Fact]
    public void Gzip_allocates_its_stream_and_no_more()
    {
        var perResponse = AllocatedPerResponse("Accept-Encoding: gzip\r\n", compresses: true);
        output.WriteLine($"gzip: {perResponse} bytes allocated per response");

        Assert.InRange(perResponse, 1, 1024);
    }

    /// <summary>
    /// The least of a few measured runs: a run can pay once for what the process did meanwhile (the shared array pool
    /// trimmed by a collection another test caused, and refilled), which a per-response allocation would not escape in
    /// every run.
    /// </summary>
    private static long AllocatedPerResponse(string requestHeaders, bool compresses)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        var response = new HttpResponse(pipe.Writer, CompressionOptions.Default);
        var request = Requests.Get(requestHeaders);
        WriteMany(pipe, response, in request, compresses, 10);

        var least = long.MaxValue;
        for (var run = 0; run < MeasuredRuns; run++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var written = WriteMany(pipe, response, in request, compresses, WriteCount);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(WriteCount, written);
            least = Math.Min(least, allocated / WriteCount);
        }

        return least;
    }

    private static int WriteMany(Pipe pipe, HttpResponse response, scoped in HttpRequest request, bool compresses, int count)
    {
        var written = 0;
        for (var i = 0; i < count; i++)
        {
            response.Reset(ProtocolVersion.Http11, keepAlive: true);
            if (compresses)
            {
                response.EnableCompression(in request);
            }

            response.WritePlainText(s_body);
            written += response.IsCommitted ? 1 : 0;

            var flush = pipe.Writer.FlushAsync();
            Assert.True(flush.IsCompletedSuccessfully);
            pipe.Reader.TryRead(out var result);
            pipe.Reader.AdvanceTo(result.Buffer.End);
        }

        return written;
    }
}

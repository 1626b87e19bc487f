using System;
using System.Buffers;
using System.IO;
using System.IO.Pipelines;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp.Tests.Responses;

/// <summary>
/// A streamed body: one chunk per write to HTTP/1.1 (RFC 9112, section 7.1), the bytes as they are and a closing
/// connection to HTTP/1.0, no body for <c>HEAD</c>, and bounded memory however large the body.
/// </summary>
public sealed class StreamedResultTests
{
    private const string ChunkedHead =
        "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n";

    private const string Http10Head =
        "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Type: application/octet-stream\r\nConnection: close\r\n\r\n";

    private static readonly TimeSpan s_bound = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(new int[0], "0\r\n\r\n")]
    [InlineData(new[] { 0 }, "0\r\n\r\n")]
    [InlineData(new[] { 1 }, "1\r\na\r\n0\r\n\r\n")]
    [InlineData(new[] { 0, 1, 0, 2, 0 }, "1\r\na\r\n2\r\nab\r\n0\r\n\r\n")]
    [InlineData(new[] { 15, 16, 17 }, "f\r\nabcdefghijklmno\r\n10\r\nabcdefghijklmnop\r\n11\r\nabcdefghijklmnopq\r\n0\r\n\r\n")]
    public async Task Each_nonempty_write_is_one_chunk_and_the_body_ends_with_the_last_chunk(int[] writes, string expectedBody)
    {
        var (wire, response) = await Wire.CaptureAsync(response => Stream(response, writes));

        Assert.Equal(ChunkedHead + expectedBody, wire);
        Assert.True(response.IsCommitted);
        Assert.True(response.KeepAlive);
    }

    [Theory]
    [InlineData(4096, "1000")]
    [InlineData(1024 * 1024, "100000")]
    [InlineData(3 * ResponseBodyStream.FlushThreshold + 5, "30005")]
    public async Task A_large_write_is_one_chunk_with_its_size_in_hex(int size, string hexSize)
    {
        var (wire, _) = await Wire.CaptureAsync(response => Stream(response, [size]));

        Assert.Equal(ChunkedHead + hexSize + "\r\n" + Letters(size) + "\r\n0\r\n\r\n", wire);
    }

    [Fact]
    public async Task Status_and_headers_come_from_the_result()
    {
        var result = HttpResult.Stream(201, static async (body, ct) => await body.WriteAsync("a,b\n"u8.ToArray(), ct))
            .WithHeader("Content-Type", "text/csv")
            .WithHeader("Cache-Control", "no-store");

        var (wire, _) = await Wire.CaptureAsync(response => response.WriteStreamedAsync(result).AsTask(), keepAlive: false);

        Assert.Equal(
            "HTTP/1.1 201 Created\r\nServer: MiniHttp\r\n" + Wire.Date + "Cache-Control: no-store\r\nContent-Type: text/csv\r\n"
            + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n4\r\na,b\n\r\n0\r\n\r\n",
            wire);
    }

    [Fact]
    public async Task Head_gets_the_chunked_head_and_the_producer_is_not_run()
    {
        var ran = false;
        var result = HttpResult.Stream(200, (_, _) =>
        {
            ran = true;
            return ValueTask.CompletedTask;
        });

        var (wire, response) = await Wire.CaptureAsync(async response =>
        {
            await response.WriteStreamedAsync(result, omitBody: true);
            response.Reset(ProtocolVersion.Http11, keepAlive: true);
            response.WritePlainText("next"u8);
        });

        Assert.False(ran);
        Assert.Equal(ChunkedHead + "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + Wire.Date
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 4\r\n\r\nnext", wire);
        Assert.True(response.IsCommitted);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task To_http10_the_body_is_sent_as_is_and_ended_by_closing_the_connection(bool keepAliveRequested)
    {
        var (wire, response) = await Wire.CaptureAsync(response => Stream(response, [0, 3, 2]), ProtocolVersion.Http10, keepAliveRequested);

        Assert.Equal(Http10Head + "abcab", wire);
        Assert.False(response.KeepAlive);
        Assert.True(response.IsCommitted);
    }

    [Fact]
    public async Task Head_to_http10_gets_the_closing_head_and_no_body()
    {
        var (wire, response) = await Wire.CaptureAsync(response => Stream(response, [5], omitBody: true), ProtocolVersion.Http10);

        Assert.Equal(Http10Head, wire);
        Assert.False(response.KeepAlive);
    }

    [Fact]
    public async Task A_large_http10_body_is_sent_whole_without_framing()
    {
        var (wire, _) = await Wire.CaptureAsync(response => Stream(response, [200_000, 1]), ProtocolVersion.Http10);

        Assert.Equal(Http10Head + Letters(200_000) + "a", wire);
    }

    [Fact]
    public async Task A_small_body_waits_for_the_connection_flush_unless_the_producer_flushes()
    {
        var pipe = new Pipe();
        var response = new HttpResponse(pipe.Writer);
        response.Reset(ProtocolVersion.Http11, keepAlive: true);
        var seenBeforeFlush = true;
        string? seenAfterFlush = null;

        await response.WriteStreamedAsync(HttpResult.Stream(200, async (body, ct) =>
        {
            await body.WriteAsync("abc"u8.ToArray(), ct);
            seenBeforeFlush = pipe.Reader.TryRead(out _);
            await body.FlushAsync(ct);
            Assert.True(pipe.Reader.TryRead(out var flushed));
            seenAfterFlush = Wire.Mask(Encoding.ASCII.GetString(flushed.Buffer.ToArray()));
            pipe.Reader.AdvanceTo(flushed.Buffer.End);
        }));

        Assert.False(seenBeforeFlush);
        Assert.Equal(ChunkedHead + "3\r\nabc\r\n", seenAfterFlush);
    }

    [Fact]
    public async Task A_flush_before_any_write_sends_the_head_at_once()
    {
        var pipe = new Pipe();
        var response = new HttpResponse(pipe.Writer);
        response.Reset(ProtocolVersion.Http11, keepAlive: true);
        string? seen = null;

        await response.WriteStreamedAsync(HttpResult.Stream(200, async (body, ct) =>
        {
            await body.FlushAsync(ct);
            Assert.True(pipe.Reader.TryRead(out var flushed));
            seen = Wire.Mask(Encoding.ASCII.GetString(flushed.Buffer.ToArray()));
            pipe.Reader.AdvanceTo(flushed.Buffer.End);
        }));

        Assert.Equal(ChunkedHead, seen);
    }

    [Fact]
    public async Task A_100_mb_body_is_sent_with_bounded_unflushed_output_to_a_concurrent_reader()
    {
        const int writes = 100;
        const int writeSize = 1024 * 1024;
        var (received, writer) = await StreamThroughBoundedPipe(Enumerable.Repeat(writeSize, writes).ToArray());

        var head = Encoding.ASCII.GetByteCount(Wire.Mask(ChunkedHead).Replace("<date>", "Mon, 02 Nov 2026 03:04:05 GMT", StringComparison.Ordinal));
        Assert.Equal(head + (writes * ("100000\r\n".Length + writeSize + 2)) + "0\r\n\r\n".Length, received);
        Assert.InRange(writer.MaxUnflushedBytes, ResponseBodyStream.FlushThreshold, ResponseBodyStream.FlushThreshold + 512);
        Assert.InRange(writer.Flushes, (long)writes * writeSize / ResponseBodyStream.FlushThreshold, long.MaxValue);
    }

    [Fact]
    public async Task One_write_of_16_mb_is_one_chunk_sent_in_bounded_slices()
    {
        const int size = 16 * 1024 * 1024;
        var (received, writer) = await StreamThroughBoundedPipe([size]);

        var head = Encoding.ASCII.GetByteCount(Wire.Mask(ChunkedHead).Replace("<date>", "Mon, 02 Nov 2026 03:04:05 GMT", StringComparison.Ordinal));
        Assert.Equal(head + "1000000\r\n".Length + size + 2 + "0\r\n\r\n".Length, received);
        Assert.InRange(writer.MaxUnflushedBytes, ResponseBodyStream.FlushThreshold, ResponseBodyStream.FlushThreshold + 512);
    }

    [Fact]
    public async Task A_client_that_stops_reading_ends_the_producer_with_an_io_exception()
    {
        var pipe = new Pipe();
        await pipe.Reader.CompleteAsync();
        var response = new HttpResponse(pipe.Writer);
        response.Reset(ProtocolVersion.Http11, keepAlive: true);

        await Assert.ThrowsAsync<IOException>(() => Stream(response, [ResponseBodyStream.FlushThreshold * 2]));

        Assert.True(response.BodyTruncated);
        Assert.False(response.KeepAlive);
    }

    [Fact]
    public async Task The_producer_gets_the_cancellation_token()
    {
        using var cancellation = new CancellationTokenSource();
        CancellationToken seen = default;

        await Wire.CaptureAsync(response => response.WriteStreamedAsync(
            HttpResult.Stream(200, (_, ct) =>
            {
                seen = ct;
                return ValueTask.CompletedTask;
            }),
            cancellationToken: cancellation.Token).AsTask());

        Assert.Equal(cancellation.Token, seen);
    }

    [Fact]
    public async Task The_stream_is_write_only_and_refuses_writes_after_the_producer_returned()
    {
        Stream? kept = null;
        await Wire.CaptureAsync(response => response.WriteStreamedAsync(HttpResult.Stream(200, (body, _) =>
        {
            kept = body;
            Assert.True(body.CanWrite);
            Assert.False(body.CanRead);
            Assert.False(body.CanSeek);
            return ValueTask.CompletedTask;
        })).AsTask());

        Assert.False(kept!.CanWrite);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => kept.WriteAsync(new byte[1]).AsTask());
    }

    [Fact]
    public async Task A_producer_that_disposes_the_stream_still_gets_its_body_ended()
    {
        var (wire, _) = await Wire.CaptureAsync(response => response.WriteStreamedAsync(HttpResult.Stream(200, static async (body, ct) =>
        {
            await using var text = new StreamWriter(body, Encoding.ASCII);
            await text.WriteAsync("hi".AsMemory(), ct);
        })).AsTask());

        Assert.Equal(ChunkedHead + "2\r\nhi\r\n0\r\n\r\n", wire);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(101)]
    [InlineData(204)]
    [InlineData(205)]
    [InlineData(304)]
    [InlineData(600)]
    public void A_status_without_content_or_not_final_is_refused(int status) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HttpResult.Stream(status, static (_, _) => ValueTask.CompletedTask));

    [Fact]
    public async Task A_default_streamed_result_is_not_a_response_and_writes_nothing()
    {
        var (wire, response) = await Wire.CaptureAsync(response => Assert.ThrowsAsync<ArgumentException>(() => response.WriteStreamedAsync(default).AsTask()));

        Assert.Equal("", wire);
        Assert.False(response.IsCommitted);
    }

    /// <summary>Streams the writes through a pipe that pauses the writer at 64 KB while a reader drains it concurrently.</summary>
    private static async Task<(long Received, MeteringPipeWriter Writer)> StreamThroughBoundedPipe(int[] writes)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 64 * 1024, resumeWriterThreshold: 32 * 1024));
        var writer = new MeteringPipeWriter(pipe.Writer);
        var response = new HttpResponse(writer);
        response.Reset(ProtocolVersion.Http11, keepAlive: true);

        var reading = Task.Run(async () =>
        {
            long received = 0;
            while (true)
            {
                var result = await pipe.Reader.ReadAsync();
                received += result.Buffer.Length;
                pipe.Reader.AdvanceTo(result.Buffer.End);
                if (result.IsCompleted)
                {
                    return received;
                }
            }
        });

        await Stream(response, writes).WaitAsync(s_bound);
        await writer.FlushAsync();
        await writer.CompleteAsync();
        return (await reading.WaitAsync(s_bound), writer);
    }

    /// <summary>Streams one write per size given, of letters a to z over and over.</summary>
    private static Task Stream(HttpResponse response, int[] writes, bool omitBody = false)
    {
        var largest = writes.Length == 0 ? 0 : writes.Max();
        var letters = Encoding.ASCII.GetBytes(Letters(largest));
        return response.WriteStreamedAsync(
            HttpResult.Stream(200, async (body, ct) =>
            {
                foreach (var size in writes)
                {
                    await body.WriteAsync(letters.AsMemory(0, size), ct);
                }
            }),
            omitBody).AsTask();
    }

    private static string Letters(int length) => string.Create(length, 0, static (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)('a' + (i % 26));
        }
    });
}

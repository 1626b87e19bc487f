using System;
using System.Buffers;
using System.IO.Pipelines;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using MiniHttp.Parsing;

namespace MiniHttp.Tests.Parsing;

/// <summary>
/// A request split at any byte, across any number of receives, reads exactly as the request in one piece:
/// the same request, or the same rejection, never a different one.
/// </summary>
public sealed class ResumableReadingTests
{
    private const string Get = "GET /json/5?m=3&x=%20y HTTP/1.1\r\nHost: localhost:8080\r\nAccept: */*\r\n\r\n";
    private const string Post = "POST /baseline11?a=1&b=2 HTTP/1.1\r\nHost: a\r\nContent-Type: text/plain\r\nContent-Length: 13\r\n\r\nhello, world!";
    private const string Chunked =
        "POST /upload HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" +
        "5;name=\"v a\"\r\nhello\r\n8\r\n, chunks\r\n0\r\nX-Checksum: 1234\r\n\r\n";

    private const string AbsoluteForm = "GET http://localhost:8080/json/5?m=3 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n";
    private const string AsteriskForm = "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n";

    public static TheoryData<string> Requests => new() { Get, Post, Chunked, AbsoluteForm, AsteriskForm };

    public static TheoryData<string> RejectedRequests => new()
    {
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1;a\nX\r\n0\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nBad : 1\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0x10\r\n\r\n",
        "GET / HTTP/1.2\r\nHost: a\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n",
        "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
        "GET * HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET http://a/ HTTP/1.1\r\nHost: b\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nExpect: 200-ok\r\nContent-Length: 1\r\n\r\nx",
        // Past the buffered body limit, 1 MiB: by Content-Length, and by the chunk size that passes it.
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1048577\r\n\r\nx",
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nFFFFC\r\nx",
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Two_segments_split_at_every_offset_read_the_same(string raw)
    {
        var bytes = Reads.Bytes(raw);
        var expected = Reads.Complete(raw);
        using var reader = new RequestReader(ServerLimits.Default);

        for (var split = 0; split <= bytes.Length; split++)
        {
            Assert.Equal(new ReadResult(ReadStatus.Complete, expected, default), Reads.Once(reader, Segments.Split(bytes, split)));
        }
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Three_segments_split_at_every_pair_of_offsets_read_the_same(string raw)
    {
        var bytes = Reads.Bytes(raw);
        var expected = Reads.Complete(raw);
        using var reader = new RequestReader(ServerLimits.Default);

        for (var first = 0; first <= bytes.Length; first++)
        {
            for (var second = first; second <= bytes.Length; second++)
            {
                var result = Reads.Once(reader, Segments.Split(bytes, first, second));

                Assert.True(result == new ReadResult(ReadStatus.Complete, expected, default), $"Split at {first} and {second}: {result}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void A_request_growing_one_byte_at_a_time_is_incomplete_until_its_last_byte(string raw)
    {
        var bytes = Reads.Bytes(raw);
        using var reader = new RequestReader(ServerLimits.Default);

        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.Equal(ReadStatus.Incomplete, Reads.Once(reader, new ReadOnlySequence<byte>(bytes, 0, length)).Status);
        }

        Assert.Equal(new ReadResult(ReadStatus.Complete, Reads.Complete(raw), default), Reads.Once(reader, new ReadOnlySequence<byte>(bytes)));
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void A_request_arriving_one_byte_per_receive_is_incomplete_until_its_last_byte(string raw)
    {
        var bytes = Reads.Bytes(raw);
        using var reader = new RequestReader(ServerLimits.Default);

        for (var length = 1; length < bytes.Length; length++)
        {
            Assert.Equal(ReadStatus.Incomplete, Reads.Once(reader, OneBytePerSegment(bytes, length)).Status);
        }

        Assert.Equal(new ReadResult(ReadStatus.Complete, Reads.Complete(raw), default), Reads.Once(reader, OneBytePerSegment(bytes, bytes.Length)));
    }

    [Theory]
    [MemberData(nameof(RejectedRequests))]
    public void A_rejected_request_is_rejected_for_the_same_reason_however_it_is_split(string raw)
    {
        var bytes = Reads.Bytes(raw);
        var expected = Reads.Rejected(raw);
        using var reader = new RequestReader(ServerLimits.Default);

        for (var split = 0; split <= bytes.Length; split++)
        {
            Assert.Equal(new ReadResult(ReadStatus.Rejected, null, expected), Reads.Once(reader, Segments.Split(bytes, split)));
        }

        // Growing: incomplete until the byte that makes it invalid, then rejected for that reason.
        var rejectedAt = -1;
        for (var length = 0; length <= bytes.Length && rejectedAt < 0; length++)
        {
            var result = Reads.Once(reader, new ReadOnlySequence<byte>(bytes, 0, length));
            if (result.Status != ReadStatus.Incomplete)
            {
                Assert.Equal(new ReadResult(ReadStatus.Rejected, null, expected), result);
                rejectedAt = length;
            }
        }

        Assert.InRange(rejectedAt, 1, bytes.Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    [InlineData(5000)]
    public async Task Large_bodies_arriving_through_a_pipe_in_many_receives_read_the_same_as_in_one_piece(int receiveSize)
    {
        var payload = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 3000).Select(i => (char)('a' + (i % 26)))));
        var contentLength = Reads.Bytes($"POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: {payload.Length}\r\n\r\n").Concat(payload);
        var chunked = Reads.Bytes("POST /upload HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n")
            .Concat(payload.Chunk(700).SelectMany(chunk => Reads.Bytes($"{chunk.Length:x};i=1\r\n").Concat(chunk).Concat(Reads.Bytes("\r\n"))))
            .Concat(Reads.Bytes("0\r\nT: 1\r\n\r\n"));
        var all = contentLength.Concat(chunked).Concat(contentLength).ToArray();

        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0, minimumSegmentSize: 256));
        using var reader = new RequestReader(ServerLimits.Default);
        var bodies = 0;
        foreach (var receive in all.Chunk(receiveSize))
        {
            await pipe.Writer.WriteAsync(receive);
            Assert.True(pipe.Reader.TryRead(out var result));

            var buffer = result.Buffer;
            bodies += ReadComplete(reader, ref buffer, payload);
            pipe.Reader.AdvanceTo(buffer.Start, buffer.End);
        }

        Assert.Equal(3, bodies);
    }

    /// <summary>Reads every complete request, as the connection loop does, checking each body; leaves <paramref name="buffer"/> at the first incomplete one.</summary>
    private static int ReadComplete(RequestReader reader, ref ReadOnlySequence<byte> buffer, byte[] payload)
    {
        var count = 0;
        ReadStatus status;
        while ((status = reader.TryRead(buffer, out var request, out var consumed, out var rejection)) != ReadStatus.Incomplete)
        {
            Assert.True(status == ReadStatus.Complete, $"Rejected: {rejection}.");
            Assert.True(request.Body.SequenceEqual(payload));
            buffer = buffer.Slice(consumed);
            count++;
        }

        return count;
    }

    private static ReadOnlySequence<byte> OneBytePerSegment(byte[] bytes, int length) =>
        Segments.Create(bytes.Take(length).Select(value => new[] { value }).ToArray());
}

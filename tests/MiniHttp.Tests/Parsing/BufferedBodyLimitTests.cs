using System;
using System.Buffers;
using System.Linq;
using System.Text;
using MiniHttp.Parsing;

namespace MiniHttp.Tests.Parsing;

/// <summary>
/// <see cref="ServerLimits.MaxBufferedRequestBodySize"/>: a body read whole before its handler runs is refused as soon as
/// its Content-Length or chunk sizes pass the limit (the server's, or its route's own), before the rest of it arrives.
/// </summary>
public sealed class BufferedBodyLimitTests
{
    private const string ChunkedHead = "POST /upload HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n";

    private static readonly ServerLimits s_limits = ServerLimits.Default with { MaxBufferedRequestBodySize = 10, MaxRequestBodySize = 100 };

    [Fact]
    public void The_default_is_one_mebibyte_far_below_the_body_limit()
    {
        Assert.Equal(1024 * 1024, ServerLimits.Default.MaxBufferedRequestBodySize);
        Assert.True(ServerLimits.Default.MaxBufferedRequestBodySize < ServerLimits.Default.MaxRequestBodySize);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void The_limit_must_be_positive(int limit) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ServerLimits.Default with { MaxBufferedRequestBodySize = limit });

    [Fact]
    public void A_content_length_body_at_the_default_limit_is_read_and_one_byte_more_is_refused_by_its_head_alone()
    {
        var limit = ServerLimits.Default.MaxBufferedRequestBodySize;
        var body = new string('a', limit);

        Assert.Equal(body, Reads.Complete($"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: {limit}\r\n\r\n{body}").Body);
        Assert.Equal(RequestRejection.BodyTooLarge, Reads.Rejected($"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: {limit + 1}\r\n\r\n"));
    }

    [Theory]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n0123456789")]
    [InlineData(ChunkedHead + "a\r\n0123456789\r\n0\r\n\r\n")]
    [InlineData(ChunkedHead + "5\r\n01234\r\n5\r\n56789\r\n0\r\nT: 1\r\n\r\n")]
    public void A_body_exactly_at_the_limit_is_read(string raw) =>
        Assert.Equal("0123456789", Reads.Complete(raw, s_limits).Body);

    [Theory]
    // Refused on the head, or on the chunk size that passes the limit: none of the data beyond is waited for.
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n")]
    [InlineData(ChunkedHead + "b\r\n")]
    [InlineData(ChunkedHead + "5\r\n01234\r\n6\r\n")]
    [InlineData(ChunkedHead + "a\r\n0123456789\r\n1\r\n")]
    public void A_body_past_the_limit_is_refused_without_waiting_for_the_rest(string partial) =>
        Assert.Equal(RequestRejection.BodyTooLarge, Reads.Rejected(partial, s_limits));

    [Fact]
    public void A_body_past_the_limit_is_refused_for_the_same_reason_however_it_is_split()
    {
        var bytes = Reads.Bytes(ChunkedHead + "5\r\n01234\r\n6\r\n012345\r\n0\r\n\r\n");
        using var reader = new RequestReader(s_limits);

        for (var split = 0; split <= bytes.Length; split++)
        {
            Assert.Equal(new ReadResult(ReadStatus.Rejected, null, RequestRejection.BodyTooLarge), Reads.Once(reader, Segments.Split(bytes, split)));
        }
    }

    [Fact]
    public void The_chunk_framing_of_a_buffered_body_is_held_to_the_limit_with_one_size_lines_worth_at_least()
    {
        // Ten bytes of body in 1-byte chunks, each with a long extension: the framing, not the body, would fill memory.
        var extension = ";" + new string('x', 1000);
        var chunks = string.Concat(Enumerable.Repeat($"1{extension}\r\na\r\n", 10));

        Assert.Equal("aaaa", Reads.Complete(ChunkedHead + string.Concat(Enumerable.Repeat($"1{extension}\r\na\r\n", 4)) + "0\r\n\r\n", s_limits).Body);
        Assert.Equal(RequestRejection.BodyTooLarge, Reads.Rejected(ChunkedHead + chunks + "0\r\n\r\n", s_limits));
    }

    [Fact]
    public void The_framing_bound_grows_with_the_limit()
    {
        // 2,000 one-byte chunks: 10,000 bytes of framing for 2,000 of body, within a 16 KiB limit.
        var chunks = string.Concat(Enumerable.Repeat("1\r\na\r\n", 2000));

        Assert.Equal(2000, Reads.Complete(ChunkedHead + chunks + "0\r\n\r\n", ServerLimits.Default with { MaxBufferedRequestBodySize = 16 * 1024 }).Body.Length);
    }

    [Theory]
    // A route's own limit, larger than the server's but within MaxRequestBodySize, and smaller.
    [InlineData("/large", "POST /large HTTP/1.1\r\nHost: a\r\nContent-Length: 50\r\n\r\n", 50)]
    [InlineData("/large", ChunkedHead + "32\r\n", 50)]
    [InlineData("/small", "POST /small HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n", 2)]
    public void A_routes_own_limit_replaces_the_servers(string path, string head, int length)
    {
        var raw = head.Replace("/upload", path, StringComparison.Ordinal) + new string('a', length)
            + (head.Contains("chunked", StringComparison.Ordinal) ? "\r\n0\r\n\r\n" : string.Empty);

        Assert.Equal(new string('a', length), ReadRouted(raw).Request!.Body);
        var tooLarge = raw.Replace($"Content-Length: {length}", $"Content-Length: {length + 1}", StringComparison.Ordinal)
            .Replace($"\r\n\r\n{length:x}\r\n", $"\r\n\r\n{length + 1:x}\r\n", StringComparison.Ordinal);
        Assert.Equal(new ReadResult(ReadStatus.Rejected, null, RequestRejection.BodyTooLarge), ReadRouted(tooLarge));
    }

    [Fact]
    public void A_routes_own_limit_never_passes_the_body_limit()
    {
        // The route asks for 1,000; MaxRequestBodySize is 100.
        Assert.Equal(
            new ReadResult(ReadStatus.Rejected, null, RequestRejection.BodyTooLarge),
            ReadRouted(ChunkedHead.Replace("/upload", "/huge", StringComparison.Ordinal) + "65\r\n"));
        Assert.Equal(
            new ReadResult(ReadStatus.Rejected, null, RequestRejection.BodyTooLarge),
            ReadRouted("POST /huge HTTP/1.1\r\nHost: a\r\nContent-Length: 101\r\n\r\n"));
    }

    [Fact]
    public void A_streamed_body_is_handed_over_at_its_head_whatever_its_length_up_to_the_body_limit()
    {
        using var reader = new RequestReader(s_limits);
        var raw = Reads.Bytes("POST /stream HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\n");

        Assert.Equal(ReadStatus.Complete, reader.TryRead<Routes>(new ReadOnlySequence<byte>(raw), out _, out _, out _));
        Assert.True(reader.IsBodyStreamed);
    }

    private static ReadResult ReadRouted(string raw)
    {
        using var reader = new RequestReader(s_limits);
        var buffer = new ReadOnlySequence<byte>(Encoding.Latin1.GetBytes(raw));
        var status = reader.TryRead<Routes>(buffer, out var request, out var consumed, out var rejection);
        return new ReadResult(
            status,
            status == ReadStatus.Complete ? ParsedRequest.From(request, buffer.Slice(buffer.Start, consumed).Length) : null,
            status == ReadStatus.Rejected ? rejection : default);
    }

    /// <summary>Routes with their own limits, as a generated router gives them, and one that streams.</summary>
    private readonly struct Routes : IBodyStreaming
    {
        public static bool StreamsBody(RequestMethod method, ReadOnlySpan<byte> path) => path.SequenceEqual("/stream"u8);

        public static int MaxBufferedRequestBodySize(RequestMethod method, ReadOnlySpan<byte> path, int serverLimit) => path switch
        {
            _ when path.SequenceEqual("/large"u8) => 50,
            _ when path.SequenceEqual("/small"u8) => 2,
            _ when path.SequenceEqual("/huge"u8) => 1000,
            _ => serverLimit,
        };
    }
}

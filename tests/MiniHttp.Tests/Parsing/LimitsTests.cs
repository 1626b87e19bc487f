using System.Text;
using MiniHttp.Parsing;

namespace MiniHttp.Tests.Parsing;

/// <summary><see cref="ServerLimits"/>: 414, 431 and 413, decided without waiting for bytes past a limit.</summary>
public sealed class LimitsTests
{
    private static readonly ServerLimits s_small = ServerLimits.Default with
    {
        MaxRequestLineSize = 32,
        MaxRequestHeadersTotalSize = 40,
        MaxRequestHeaderCount = 3,
        MaxRequestBodySize = 10,
    };

    [Theory]
    // A request line of 32 bytes, CRLF included.
    [InlineData("GET /0123456789abcdef HTTP/1.1\r\nHost: a\r\n\r\n")]
    // A header section of 40 bytes, the empty line included.
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX: 012345678901234567890123\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\nY: 2\r\n\r\n")]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n0123456789")]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n01234\r\n5\r\n56789\r\n0\r\n\r\n")]
    // A trailer section of 40 bytes, the empty line included.
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: 012345678901234567890123456789012\r\n\r\n")]
    public void A_request_exactly_at_the_limits_is_read(string raw) =>
        Assert.Equal(ReadStatus.Complete, Reads.Once(raw, s_small).Status);

    [Theory]
    [InlineData("GET /0123456789abcdefg HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.RequestLineTooLong), 414)]
    [InlineData("GETGETGETGETGETGETGETGETGETGETGET / HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.MethodTooLong), 400)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX: 0123456789012345678901234\r\n\r\n", nameof(RequestRejection.HeaderFieldsTooLarge), 431)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\nY: 2\r\nZ: 3\r\n\r\n", nameof(RequestRejection.TooManyHeaderFields), 431)]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n0123456789a", nameof(RequestRejection.BodyTooLarge), 413)]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nb\r\n0123456789a\r\n0\r\n\r\n", nameof(RequestRejection.BodyTooLarge), 413)]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n6\r\n012345\r\n5\r\n6789a\r\n0\r\n\r\n", nameof(RequestRejection.BodyTooLarge), 413)]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n", nameof(RequestRejection.TooManyHeaderFields), 431)]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: 0123456789012345678901234567890123\r\n\r\n", nameof(RequestRejection.HeaderFieldsTooLarge), 431)]
    public void Past_a_limit_the_request_is_rejected_with_its_status(string raw, string expected, int status) =>
        Reads.AssertRejected(raw, expected, status, s_small);

    [Theory]
    // No LF within the first 32 bytes: the line can only be too long, whatever follows.
    [InlineData("GET /0123456789abcdefghijklmnopq", nameof(RequestRejection.RequestLineTooLong))]
    // Still in the method: a bad request line, not a long URI.
    [InlineData("GETGETGETGETGETGETGETGETGETGETGE", nameof(RequestRejection.MethodTooLong))]
    // No empty line within 40 bytes after the request line.
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX: 0123456789012345678901234567", nameof(RequestRejection.HeaderFieldsTooLarge))]
    // The announced size alone is over the limit: its data is not waited for.
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n", nameof(RequestRejection.BodyTooLarge))]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nb\r\n", nameof(RequestRejection.BodyTooLarge))]
    public void A_limit_is_enforced_without_waiting_for_the_rest(string partial, string expected) =>
        Assert.Equal(expected, Reads.Rejected(partial, s_small).ToString());

    [Fact]
    public void A_request_line_one_byte_past_the_default_limit_is_414()
    {
        var path = new string('a', ServerLimits.Default.MaxRequestLineSize - "GET / HTTP/1.1\r\n".Length + 1);

        Assert.Equal(RequestRejection.RequestLineTooLong, Reads.Rejected($"GET /{path} HTTP/1.1\r\nHost: a\r\n\r\n"));
        Assert.Equal(ReadStatus.Complete, Reads.Once($"GET /{path[1..]} HTTP/1.1\r\nHost: a\r\n\r\n").Status);
    }

    [Theory]
    // The limit reached inside the method, inside the target, and with the method ended on the limit's last byte.
    [InlineData("GETGETGETGETGETGETGETGETGETGETGET / HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.MethodTooLong))]
    [InlineData("GET /0123456789abcdefg HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.RequestLineTooLong))]
    [InlineData("GETGETGETGETGETGETGETGETGETGETG /a HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.RequestLineTooLong))]
    public void A_line_past_its_limit_is_rejected_for_the_same_reason_at_every_split(string raw, string expected)
    {
        var bytes = Reads.Bytes(raw);
        using var reader = new RequestReader(s_small);

        for (var split = 0; split <= bytes.Length; split++)
        {
            var result = Reads.Once(reader, Segments.Split(bytes, split));

            Assert.True(result.Status == ReadStatus.Rejected && result.Rejection.ToString() == expected, $"Split at {split}: {result}");
        }
    }

    [Fact]
    public void A_method_of_100_000_bytes_is_a_bad_request_not_a_long_uri()
    {
        var raw = Reads.Bytes($"{new string('X', 100_000)} / HTTP/1.1\r\nHost: a\r\n\r\n");
        var limit = ServerLimits.Default.MaxRequestLineSize;
        using var reader = new RequestReader(ServerLimits.Default);

        Assert.Equal(400, Reads.Rejected(Encoding.Latin1.GetString(raw)).StatusCode());
        foreach (var split in new[] { 1, limit - 1, limit, limit + 1, 50_000 })
        {
            Assert.Equal(new ReadResult(ReadStatus.Rejected, null, RequestRejection.MethodTooLong), Reads.Once(reader, Segments.Split(raw, split)));
        }
    }

    [Fact]
    public void Headers_past_the_default_total_size_are_431()
    {
        var headers = new StringBuilder("Host: a\r\n");
        while (headers.Length <= ServerLimits.Default.MaxRequestHeadersTotalSize)
        {
            headers.Append("X-Filler: ").Append('v', 990).Append("\r\n");
        }

        Assert.Equal(RequestRejection.HeaderFieldsTooLarge, Reads.Rejected($"GET / HTTP/1.1\r\n{headers}\r\n"));
    }

    [Fact]
    public void More_header_fields_than_the_default_count_are_431()
    {
        var headers = new StringBuilder("Host: a\r\n");
        for (var i = 1; i < ServerLimits.Default.MaxRequestHeaderCount; i++)
        {
            headers.Append("X: 1\r\n");
        }

        Assert.Equal(ReadStatus.Complete, Reads.Once($"GET / HTTP/1.1\r\n{headers}\r\n").Status);
        Assert.Equal(RequestRejection.TooManyHeaderFields, Reads.Rejected($"GET / HTTP/1.1\r\n{headers}X: 1\r\n\r\n"));
    }

    [Fact]
    public void A_chunk_size_line_past_four_kibibytes_is_400()
    {
        var extension = new string('a', ChunkSizeLineParser.MaxLength);

        Assert.Equal(
            RequestRejection.ChunkLineTooLong,
            Reads.Rejected($"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1;{extension}"));
    }

    [Fact]
    public void A_content_length_past_the_default_body_limit_is_413() =>
        Assert.Equal(
            RequestRejection.BodyTooLarge,
            Reads.Rejected($"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: {ServerLimits.Default.MaxRequestBodySize + 1}\r\n\r\n"));
}

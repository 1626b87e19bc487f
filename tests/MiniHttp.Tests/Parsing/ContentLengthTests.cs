using MiniHttp.Parsing;

namespace MiniHttp.Tests.Parsing;

/// <summary>RFC 9110, section 8.6 and RFC 9112, section 6.3: Content-Length framing, parsed strictly.</summary>
public sealed class ContentLengthTests
{
    [Fact]
    public void The_body_is_exactly_content_length_bytes_and_what_follows_is_not_consumed()
    {
        var request = Reads.Complete("POST /baseline11?a=1 HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhelloGET");

        Assert.Equal("hello", request.Body);
        Assert.Equal(66, request.Consumed);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("00", 0)]
    [InlineData("007", 7)]
    [InlineData("10", 10)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("00000000000000000000000000001", 1)]
    public void Digits_only_are_a_length(string value, long expected)
    {
        Assert.True(ContentLength.TryParse(Reads.Bytes(value), out var length));
        Assert.Equal(expected, length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("+10")]
    [InlineData("-1")]
    [InlineData(" 10")]
    [InlineData("10 ")]
    [InlineData("1 0")]
    [InlineData("0x10")]
    [InlineData("1e3")]
    [InlineData("1.0")]
    [InlineData("5,5")]
    [InlineData("\u00B2")]
    [InlineData("9223372036854775808")]
    [InlineData("99999999999999999999")]
    public void Anything_but_digits_or_a_value_past_long_is_not_a_length(string value) =>
        Assert.False(ContentLength.TryParse(Reads.Bytes(value), out _));

    [Fact]
    public void A_zero_length_means_an_empty_body() =>
        Assert.Equal("", Reads.Complete("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n").Body);

    [Fact]
    public void A_repeated_identical_content_length_is_accepted() =>
        Assert.Equal("abc", Reads.Complete("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\ncontent-length: 003\r\n\r\nabc").Body);

    [Fact]
    public void Whitespace_around_the_value_is_not_part_of_it() =>
        Assert.Equal("abc", Reads.Complete("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: \t3 \t\r\n\r\nabc").Body);

    [Theory]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +10\r\n\r\n0123456789", nameof(RequestRejection.InvalidContentLength))]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", nameof(RequestRejection.InvalidContentLength))]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1 0\r\n\r\n0123456789", nameof(RequestRejection.InvalidContentLength))]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0x10\r\n\r\n0123456789abcdef", nameof(RequestRejection.InvalidContentLength))]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nContent-Length:\r\n\r\n", nameof(RequestRejection.InvalidContentLength))]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5, 5\r\n\r\nhello", nameof(RequestRejection.InvalidContentLength))]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999\r\n\r\n", nameof(RequestRejection.InvalidContentLength))]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", nameof(RequestRejection.ConflictingContentLengths))]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 0\r\n\r\nhello", nameof(RequestRejection.ConflictingContentLengths))]
    public void A_malformed_or_conflicting_content_length_is_400_never_a_missing_body(string raw, string expected) =>
        Reads.AssertRejected(raw, expected, 400);

    [Fact]
    public void An_invalid_content_length_is_rejected_before_the_body_arrives() =>
        Assert.Equal(ReadStatus.Rejected, Reads.Once("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +1\r\n").Status);

    [Fact]
    public void A_body_still_arriving_is_incomplete() =>
        Assert.Equal(ReadStatus.Incomplete, Reads.Once("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhell").Status);
}

using System;
using System.Buffers;
using System.Linq;
using MiniHttp.Parsing;

namespace MiniHttp.Tests.Parsing;

/// <summary>RFC 9112, section 7.1: chunked bodies, extensions and trailers, with CRLF as the only line ending.</summary>
public sealed class ChunkedBodyTests
{
    private const string Head = "POST /upload HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n";

    [Fact]
    public void Chunks_are_decoded_into_one_body_and_the_whole_framing_is_consumed()
    {
        const string Body = "5\r\nhello\r\n1\r\n \r\nA\r\n0123456789\r\n0\r\n\r\n";
        var request = Reads.Complete(Head + Body + "GET / HTTP/1.1\r\n");

        Assert.Equal("hello 0123456789", request.Body);
        Assert.Equal(Head.Length + Body.Length, request.Consumed);
        Assert.Equal("Host: a\r\nTransfer-Encoding: chunked\r\n", request.Headers);
    }

    [Theory]
    [InlineData("0\r\n\r\n", "")]
    [InlineData("000\r\n\r\n", "")]
    [InlineData("a\r\n0123456789\r\n0\r\n\r\n", "0123456789")]
    [InlineData("A\r\n0123456789\r\n0\r\n\r\n", "0123456789")]
    [InlineData("0000000000000002\r\nab\r\n0\r\n\r\n", "ab")]
    [InlineData("2\r\n\r\n\r\n0\r\n\r\n", "\r\n")]
    public void Sizes_are_hex_with_any_case_and_leading_zeros(string body, string expected) =>
        Assert.Equal(expected, Reads.Complete(Head + body).Body);

    [Theory]
    [InlineData("3;a\r\nabc\r\n0\r\n\r\n")]
    [InlineData("3;a=b\r\nabc\r\n0\r\n\r\n")]
    [InlineData("3 ; a = b ;c;d=\"x y\"\r\nabc\r\n0\r\n\r\n")]
    [InlineData("3;a=\"q\\\"uoted\\\\ \u00E9\"\r\nabc\r\n0\r\n\r\n")]
    [InlineData("3\t;\ta\t=\t\"\"\r\nabc\r\n0;last=1\r\n\r\n")]
    public void Extensions_following_the_grammar_are_accepted_and_ignored(string body) =>
        Assert.Equal("abc", Reads.Complete(Head + body).Body);

    [Theory]
    [InlineData("3\r\nabc\r\n0\r\nExpires: never\r\n\r\n")]
    [InlineData("3\r\nabc\r\n0\r\nA: 1\r\nB:2\r\nC:\r\n\r\n")]
    public void Trailers_are_validated_and_discarded(string body)
    {
        var request = Reads.Complete(Head + body);

        Assert.Equal("abc", request.Body);
        Assert.Equal(Head.Length + body.Length, request.Consumed);
        Assert.DoesNotContain("Expires", request.Headers, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1;a\nX\r\n0\r\n\r\n")]
    [InlineData("1;a\nX\r\n")]
    [InlineData("1\nX\r\n0\r\n\r\n")]
    [InlineData("1;a=b\nX\r\n0\r\n\r\n")]
    [InlineData("1;a=\"b\"\nX\r\n0\r\n\r\n")]
    [InlineData("1;a=\"b\nX\r\n0\r\n\r\n")]
    [InlineData("1\rX\r\n0\r\n\r\n")]
    [InlineData("1;a\rX\r\n0\r\n\r\n")]
    [InlineData("0\n\r\n")]
    [InlineData("1\r\nX\r\n0\r\nA: 1\n\r\n")]
    [InlineData("1\r\nX\r\n0\r\n\n")]
    public void A_bare_lf_or_cr_anywhere_in_chunk_framing_is_400(string body) =>
        Reads.AssertRejected(Head + body, nameof(RequestRejection.InvalidLineEnding), 400);

    [Fact]
    public void The_cve_2025_55315_shape_is_rejected_at_the_bare_lf_without_waiting_for_more()
    {
        // A lenient parser ends the extension at the LF and reads "X" as data; one that skips to CRLF reads a
        // different boundary. Either way the two disagree on where the next request starts: reject at once.
        var result = Reads.Once(Head + "1;a\nX");

        Assert.Equal(ReadStatus.Rejected, result.Status);
        Assert.Equal(RequestRejection.InvalidLineEnding, result.Rejection);
    }

    [Theory]
    [InlineData("\r\n\r\n", nameof(RequestRejection.InvalidChunkSize))]
    [InlineData("g\r\nabc\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkSize))]
    [InlineData("1g\r\na\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkSize))]
    [InlineData("0x1\r\na\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkSize))]
    [InlineData("+1\r\na\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkSize))]
    [InlineData("-1\r\na\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkSize))]
    [InlineData(" 1\r\na\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkSize))]
    [InlineData("00000000000000001\r\na\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkSize))]
    [InlineData("ffffffffffffffff\r\na\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkSize))]
    [InlineData("10000000000000000\r\na\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkSize))]
    [InlineData("1 \r\na\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkExtension))]
    [InlineData("1;\r\na\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkExtension))]
    [InlineData("1;=b\r\na\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkExtension))]
    [InlineData("1;a=\r\na\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkExtension))]
    [InlineData("1;a b\r\na\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkExtension))]
    [InlineData("1;a=b c\r\na\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkExtension))]
    [InlineData("1;a=\"b\u0001\"\r\na\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkExtension))]
    [InlineData("1;a=\"b\\\u0001\"\r\na\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkExtension))]
    [InlineData("1;a=\"b\"c\r\na\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkExtension))]
    [InlineData("1,a\r\na\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkSize))]
    [InlineData("1\r\nab\r\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkDataTerminator))]
    [InlineData("1\r\na\n0\r\n\r\n", nameof(RequestRejection.InvalidChunkDataTerminator))]
    [InlineData("1\r\na\r0\r\n\r\n", nameof(RequestRejection.InvalidChunkDataTerminator))]
    [InlineData("1\r\na0\r\n\r\n", nameof(RequestRejection.InvalidChunkDataTerminator))]
    [InlineData("1\r\nX\r\n0\r\nA : 1\r\n\r\n", nameof(RequestRejection.WhitespaceBeforeHeaderColon))]
    [InlineData("1\r\nX\r\n0\r\n folded\r\n\r\n", nameof(RequestRejection.ObsoleteLineFolding))]
    [InlineData("1\r\nX\r\n0\r\nA: \u0000\r\n\r\n", nameof(RequestRejection.InvalidHeaderValue))]
    [InlineData("1\r\nX\r\n0\r\n:1\r\n\r\n", nameof(RequestRejection.InvalidHeaderName))]
    public void Malformed_chunk_framing_is_400(string body, string expected) =>
        Reads.AssertRejected(Head + body, expected, 400);

    [Theory]
    [InlineData("1\r\na\r\n")]
    [InlineData("1\r\na\r")]
    [InlineData("1\r\na")]
    [InlineData("1;a=\"b")]
    [InlineData("1;a=\"b\\")]
    [InlineData("1 ")]
    [InlineData("1\r\na\r\n0\r\n")]
    [InlineData("1\r\na\r\n0\r\nA: 1\r\n")]
    [InlineData("1\r\na\r\n0\r\n\r")]
    public void A_valid_prefix_of_a_chunked_body_is_incomplete(string body) =>
        Assert.Equal(ReadStatus.Incomplete, Reads.Once(Head + body).Status);

    [Fact]
    public void A_reader_goes_on_reading_small_bodies_after_a_large_one()
    {
        var large = new string('x', 200_000);
        var chunks = string.Concat(Enumerable.Range(0, 200).Select(_ => "3e8\r\n" + large[..1000] + "\r\n"));
        using var reader = new RequestReader(ServerLimits.Default);

        var first = Reads.Once(reader, new ReadOnlySequence<byte>(Reads.Bytes(Head + chunks + "0\r\n\r\n")));
        var second = Reads.Once(reader, new ReadOnlySequence<byte>(Reads.Bytes(Head + "2\r\nhi\r\n0\r\n\r\n")));

        Assert.Equal(large, first.Request?.Body);
        Assert.Equal("hi", second.Request?.Body);
    }
}

using MiniHttp.Parsing;

namespace MiniHttp.Tests.Parsing;

/// <summary>RFC 9112, sections 6.1 and 6.3: Transfer-Encoding, of which only a lone final <c>chunked</c> is served.</summary>
public sealed class TransferEncodingTests
{
    [Theory]
    [InlineData("Transfer-Encoding: chunked")]
    [InlineData("transfer-encoding: CHUNKED")]
    [InlineData("Transfer-Encoding: Chunked ")]
    [InlineData("Transfer-Encoding: , chunked,")]
    public void Chunked_alone_in_any_case_is_read(string field) =>
        Assert.Equal("hello", Reads.Complete($"POST / HTTP/1.1\r\nHost: a\r\n{field}\r\n\r\n5\r\nhello\r\n0\r\n\r\n").Body);

    [Theory]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n")]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: identity, chunked\r\n\r\n0\r\n\r\n")]
    public void A_coding_before_the_final_chunked_is_501(string raw) =>
        Reads.AssertRejected(raw, nameof(RequestRejection.UnsupportedTransferCoding), 501);

    [Theory]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n")]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: identity\r\n\r\n")]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, gzip\r\n\r\n")]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n")]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: gzip\r\n\r\n")]
    public void A_final_coding_other_than_chunked_or_chunked_twice_is_400(string raw) =>
        Reads.AssertRejected(raw, nameof(RequestRejection.ChunkedNotFinal), 400);

    [Theory]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding:\r\n\r\n", nameof(RequestRejection.InvalidTransferEncoding))]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: ,\r\n\r\n", nameof(RequestRejection.InvalidTransferEncoding))]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: \"chunked\"\r\n\r\n", nameof(RequestRejection.InvalidTransferEncoding))]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chun ked\r\n\r\n", nameof(RequestRejection.InvalidTransferEncoding))]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip;q=1, chunked\r\n\r\n", nameof(RequestRejection.InvalidTransferEncoding))]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", nameof(RequestRejection.ContentLengthWithTransferEncoding))]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n5\r\nhello\r\n0\r\n\r\n", nameof(RequestRejection.ContentLengthWithTransferEncoding))]
    [InlineData("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", nameof(RequestRejection.TransferEncodingInHttp10))]
    [InlineData("POST / HTTP/1.0\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", nameof(RequestRejection.TransferEncodingInHttp10))]
    public void A_malformed_or_ambiguous_transfer_encoding_is_400(string raw, string expected) =>
        Reads.AssertRejected(raw, expected, 400);
}

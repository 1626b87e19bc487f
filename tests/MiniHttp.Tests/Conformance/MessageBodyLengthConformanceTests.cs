using System.Threading.Tasks;

namespace MiniHttp.Tests.Conformance;

/// <summary>
/// RFC 9112, sections 6.1 to 6.3 and RFC 9110, section 8.6: how a request body's length is found. Content-Length is
/// digits only and one value; Transfer-Encoding must end in chunked, applied once; both together is 400 and closes.
/// </summary>
[Collection(ConformanceGroup.Name)]
public sealed class MessageBodyLengthConformanceTests(ConformanceServer server)
{
    [Theory]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello", "hello")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n", "")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\n\r\n", "")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 05\r\n\r\nhello", "hello")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length:   5  \r\n\r\nhello", "hello")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello", "hello")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\ncontent-length: 5\r\n\r\nhello", "hello")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", "hello")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", "hello")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: , chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", "hello")]
    public async Task A_well_framed_body_is_read_exactly(string raw, string body)
    {
        var response = (await server.ExchangeAsync(raw)).LastBeforeProbe(Persistence.KeepAlive);

        Assert.Equal(200, response.Status);
        Assert.Equal(body, response.Body);
    }

    [Fact]
    public Task A_get_with_a_content_length_body_has_it_read_and_skipped() =>
        server.AssertAnsweredAsync("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n\r\nGET ", 200, Persistence.KeepAlive);

    [Theory]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: +5\r\n\r\nhello")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: -5\r\n\r\nhello")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 0x5\r\n\r\nhello")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 5 5\r\n\r\nhello")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 5, 5\r\n\r\nhello")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 5.0\r\n\r\nhello")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: five\r\n\r\nhello")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length:\r\n\r\nhello")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999\r\n\r\nhello")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n0\r\n\r\n")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding:\r\n\r\n0\r\n\r\n")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: \"chunked\"\r\n\r\n0\r\n\r\n")]
    [InlineData("POST /echo HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")]
    public Task A_body_whose_length_is_in_doubt_is_400_and_closes(string raw) => server.AssertAnsweredAsync(raw, 400, Persistence.Close);

    [Theory]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n")]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: identity, chunked\r\n\r\n0\r\n\r\n")]
    public Task A_transfer_coding_other_than_chunked_is_501_and_closes(string raw) => server.AssertAnsweredAsync(raw, 501, Persistence.Close);
}

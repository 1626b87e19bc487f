using System.Threading.Tasks;

namespace MiniHttp.Tests.Conformance;

/// <summary>
/// RFC 9112, section 7.1: hex chunk sizes checked for overflow, chunk extensions and trailers by the grammar, and CRLF
/// as the only line ending inside the framing (a bare LF in an extension is the CVE-2025-55315 smuggling vector).
/// </summary>
[Collection(ConformanceGroup.Name)]
public sealed class ChunkedCodingConformanceTests(ConformanceServer server)
{
    private const string Head = "POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n";

    [Theory]
    [InlineData(Head + "5\r\nhello\r\n0\r\n\r\n", "hello")]
    [InlineData(Head + "2\r\nhe\r\n3\r\nllo\r\n0\r\n\r\n", "hello")]
    [InlineData(Head + "A\r\n0123456789\r\n0\r\n\r\n", "0123456789")]
    [InlineData(Head + "a\r\n0123456789\r\n0\r\n\r\n", "0123456789")]
    [InlineData(Head + "005\r\nhello\r\n0000\r\n\r\n", "hello")]
    [InlineData(Head + "0\r\n\r\n", "")]
    [InlineData(Head + "5;a=b\r\nhello\r\n0\r\n\r\n", "hello")]
    [InlineData(Head + "5;a\r\nhello\r\n0\r\n\r\n", "hello")]
    [InlineData(Head + "5;a=\"b c\"\r\nhello\r\n0\r\n\r\n", "hello")]
    [InlineData(Head + "5;a=\"b\\\"c\"\r\nhello\r\n0\r\n\r\n", "hello")]
    [InlineData(Head + "5 ; a = b\r\nhello\r\n0\r\n\r\n", "hello")]
    [InlineData(Head + "5;a=b;c=d\r\nhello\r\n0;e\r\n\r\n", "hello")]
    [InlineData(Head + "5\r\nhello\r\n0\r\nX-T: 1\r\n\r\n", "hello")]
    [InlineData(Head + "5\r\nhello\r\n0\r\nX-T: 1\r\nX-U: 2\r\n\r\n", "hello")]
    public async Task A_well_formed_chunked_body_is_decoded(string raw, string body)
    {
        var response = (await server.ExchangeAsync(raw)).LastBeforeProbe(Persistence.KeepAlive);

        Assert.Equal(200, response.Status);
        Assert.Equal(body, response.Body);
    }

    [Theory]
    [InlineData(Head + "5\nhello\r\n0\r\n\r\n")]
    [InlineData(Head + "5;a\nhello\r\n0\r\n\r\n")]
    [InlineData(Head + "5;a=b\nhello\r\n0\r\n\r\n")]
    [InlineData(Head + "5;a\rhello\r\n0\r\n\r\n")]
    [InlineData(Head + "5\r\nhello\n0\r\n\r\n")]
    [InlineData(Head + "5\r\nhelloX\r\n0\r\n\r\n")]
    [InlineData(Head + "5\r\nhello\r\n0\r\n\n")]
    [InlineData(Head + "0x5\r\nhello\r\n0\r\n\r\n")]
    [InlineData(Head + "-5\r\nhello\r\n0\r\n\r\n")]
    [InlineData(Head + "+5\r\nhello\r\n0\r\n\r\n")]
    [InlineData(Head + " 5\r\nhello\r\n0\r\n\r\n")]
    [InlineData(Head + "\r\nhello\r\n0\r\n\r\n")]
    [InlineData(Head + "g\r\nhello\r\n0\r\n\r\n")]
    [InlineData(Head + "FFFFFFFFFFFFFFFFF\r\nhello\r\n0\r\n\r\n")]
    [InlineData(Head + "10000000000000000\r\nhello\r\n0\r\n\r\n")]
    [InlineData(Head + "5;\r\nhello\r\n0\r\n\r\n")]
    [InlineData(Head + "5;@\r\nhello\r\n0\r\n\r\n")]
    [InlineData(Head + "5;a=\r\nhello\r\n0\r\n\r\n")]
    [InlineData(Head + "5;a=\"b\r\nhello\r\n0\r\n\r\n")]
    [InlineData(Head + "5;a=b c\r\nhello\r\n0\r\n\r\n")]
    [InlineData(Head + "5\r\nhello\r\n0\r\nX-T : 1\r\n\r\n")]
    [InlineData(Head + "5\r\nhello\r\n0\r\nX-T: 1\r\n folded\r\n\r\n")]
    [InlineData(Head + "5\r\nhello\r\n0\r\nX-T: a\u0000b\r\n\r\n")]
    public Task A_malformed_chunked_body_is_400_and_closes(string raw) => server.AssertAnsweredAsync(raw, 400, Persistence.Close);

    [Fact]
    public Task Decoded_chunks_larger_than_the_body_limit_are_413_and_close() =>
        server.AssertAnsweredAsync(Head + "9\r\n123456789\r\n9\r\n123456789\r\n0\r\n\r\n", 413, Persistence.Close);
}

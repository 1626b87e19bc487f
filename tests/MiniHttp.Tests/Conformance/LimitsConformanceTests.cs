using System.Threading.Tasks;

namespace MiniHttp.Tests.Conformance;

/// <summary>
/// The <see cref="ServerLimits"/> (here <see cref="ConformanceServer.Limits"/>: a 64-byte request line, 128 bytes of
/// header fields in at most 6, a 16-byte body): just within is served, just beyond is refused and closes.
/// </summary>
[Collection(ConformanceGroup.Name)]
public sealed class LimitsConformanceTests(ConformanceServer server)
{
    [Theory]
    // A 64-byte request line, CRLF included.
    [InlineData("GET /aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa HTTP/1.1\r\nHost: a\r\n\r\n", 404)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nB: 1\r\nC: 2\r\nD: 3\r\nE: 4\r\nF: 5\r\n\r\n", 200)]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 16\r\n\r\n0123456789abcdef", 200)]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123456789abcdef\r\n0\r\n\r\n", 200)]
    public Task A_request_just_within_the_limits_is_served(string raw, int status) => server.AssertAnsweredAsync(raw, status, Persistence.KeepAlive);

    [Theory]
    // A 65-byte request line.
    [InlineData("GET /aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa HTTP/1.1\r\nHost: a\r\n\r\n", 414)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nB: 1\r\nC: 2\r\nD: 3\r\nE: 4\r\nF: 5\r\nG: 6\r\n\r\n", 431)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX: 0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789\r\n\r\n", 431)]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 17\r\n\r\n0123456789abcdefg", 413)]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 30000000000\r\n\r\n", 413)]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n11\r\n0123456789abcdefg\r\n0\r\n\r\n", 413)]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\nE: 5\r\nF: 6\r\nG: 7\r\n\r\n", 431)]
    public Task A_request_beyond_a_limit_is_refused_and_closes(string raw, int status) => server.AssertAnsweredAsync(raw, status, Persistence.Close);
}

using System.Threading.Tasks;

namespace MiniHttp.Tests.Conformance;

/// <summary>RFC 9112, section 3: <c>method SP request-target SP HTTP-version CRLF</c>, and section 2.3 on versions.</summary>
[Collection(ConformanceGroup.Name)]
public sealed class RequestLineConformanceTests(ConformanceServer server)
{
    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n\r\n", 200, Persistence.KeepAlive)]
    [InlineData("GET /?x=1 HTTP/1.1\r\nHost: a\r\n\r\n", 200, Persistence.KeepAlive)]
    [InlineData("GET /nowhere HTTP/1.1\r\nHost: a\r\n\r\n", 404, Persistence.KeepAlive)]
    [InlineData("GET /where?q=now HTTP/1.1\r\nHost: www.example.com\r\n\r\n", 404, Persistence.KeepAlive)]
    [InlineData("GET / HTTP/1.0\r\n\r\n", 200, Persistence.Close)]
    [InlineData("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", 200, Persistence.KeepAlive)]
    public Task A_well_formed_request_line_is_served(string raw, int status, Persistence persistence) =>
        server.AssertAnsweredAsync(raw, status, persistence);

    [Theory]
    [InlineData("GET  / HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET /  HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1 \r\nHost: a\r\n\r\n")]
    [InlineData("GET\t/ HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData(" GET / HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\nHost: a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\rHost: a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\r\nHost: a\r\n\r\n")]
    [InlineData("GET / http/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET / HTTP/1\r\nHost: a\r\n\r\n")]
    [InlineData("GET / HTTP/1.10\r\nHost: a\r\n\r\n")]
    [InlineData("GET / HTTP/1.x\r\nHost: a\r\n\r\n")]
    [InlineData("GET / HTTPS/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET /\r\nHost: a\r\n\r\n")]
    [InlineData("GET /#frag HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET /a\tb HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET /a\u0000b HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET /a\u007Fb HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET /caf\u00E9 HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("G@T / HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET\u00A0/ HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("/ HTTP/1.1\r\nHost: a\r\n\r\n")]
    public Task A_malformed_request_line_is_400_and_closes(string raw) =>
        server.AssertAnsweredAsync(raw, 400, Persistence.Close);

    [Theory]
    [InlineData("GET / HTTP/1.2\r\nHost: a\r\n\r\n")]
    [InlineData("GET / HTTP/2.0\r\nHost: a\r\n\r\n")]
    [InlineData("GET / HTTP/3.0\r\nHost: a\r\n\r\n")]
    [InlineData("GET / HTTP/0.9\r\nHost: a\r\n\r\n")]
    [InlineData("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")]
    public Task A_well_formed_unsupported_version_is_505_and_closes(string raw) =>
        server.AssertAnsweredAsync(raw, 505, Persistence.Close);

    [Fact]
    public Task A_request_line_longer_than_the_limit_is_414_and_closes() =>
        server.AssertAnsweredAsync("GET /aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa HTTP/1.1\r\nHost: a\r\n\r\n", 414, Persistence.Close);

    [Fact]
    public Task A_method_longer_than_the_request_line_limit_is_400_not_414_and_closes() =>
        server.AssertAnsweredAsync(new string('X', 100_000) + " / HTTP/1.1\r\nHost: a\r\n\r\n", 400, Persistence.Close);
}

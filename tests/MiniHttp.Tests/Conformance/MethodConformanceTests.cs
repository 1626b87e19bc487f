using System.Threading.Tasks;

namespace MiniHttp.Tests.Conformance;

/// <summary>
/// RFC 9110, section 9.1: methods are case-sensitive tokens. An unknown or differently-cased method on a known path
/// is 405, never served as another method; a well-framed request keeps its connection whatever the answer.
/// </summary>
[Collection(ConformanceGroup.Name)]
public sealed class MethodConformanceTests(ConformanceServer server)
{
    [Theory]
    [InlineData("get / HTTP/1.1\r\nHost: a\r\n\r\n", 405)]
    [InlineData("Get / HTTP/1.1\r\nHost: a\r\n\r\n", 405)]
    [InlineData("GeT / HTTP/1.1\r\nHost: a\r\n\r\n", 405)]
    [InlineData("FOO / HTTP/1.1\r\nHost: a\r\n\r\n", 405)]
    [InlineData("GETS / HTTP/1.1\r\nHost: a\r\n\r\n", 405)]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n", 405)]
    [InlineData("DELETE / HTTP/1.1\r\nHost: a\r\n\r\n", 405)]
    [InlineData("OPTIONS / HTTP/1.1\r\nHost: a\r\n\r\n", 405)]
    [InlineData("GET /echo HTTP/1.1\r\nHost: a\r\n\r\n", 405)]
    [InlineData("post /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhi", 405)]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhi", 200)]
    [InlineData("GET /number?12 HTTP/1.1\r\nHost: a\r\n\r\n", 200)]
    [InlineData("GET /number?x HTTP/1.1\r\nHost: a\r\n\r\n", 400)]
    [InlineData("GET /throw HTTP/1.1\r\nHost: a\r\n\r\n", 500)]
    public Task A_well_framed_request_is_answered_and_keeps_its_connection(string raw, int status) =>
        server.AssertAnsweredAsync(raw, status, Persistence.KeepAlive);

    [Theory]
    [InlineData("CONNECT a:443 HTTP/1.1\r\nHost: a:443\r\n\r\n")]
    [InlineData("CONNECT www.example.com:80 HTTP/1.1\r\nHost: www.example.com\r\n\r\n")]
    [InlineData("CONNECT / HTTP/1.1\r\nHost: a\r\n\r\n")]
    public Task Connect_is_501_and_closes(string raw) => server.AssertAnsweredAsync(raw, 501, Persistence.Close);

    [Fact]
    public async Task A_405_names_the_allowed_methods()
    {
        var response = (await server.ExchangeAsync("get / HTTP/1.1\r\nHost: a\r\n\r\n")).LastBeforeProbe(Persistence.KeepAlive);

        Assert.Contains("\r\nAllow: GET\r\n", response.Head, System.StringComparison.Ordinal);
    }
}

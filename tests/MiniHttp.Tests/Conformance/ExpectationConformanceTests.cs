using System.Threading.Tasks;

namespace MiniHttp.Tests.Conformance;

/// <summary>
/// RFC 9110, section 10.1.1: a body sent together with its <c>Expect: 100-continue</c> head needs no interim response;
/// an expectation other than 100-continue is 417; a request refused by its head gets only its final status.
/// (The interim <c>100 Continue</c> itself, which needs the client to wait, is tested end to end.)
/// </summary>
[Collection(ConformanceGroup.Name)]
public sealed class ExpectationConformanceTests(ConformanceServer server)
{
    [Theory]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nhi", 200, Persistence.KeepAlive)]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\nContent-Length: 0\r\n\r\n", 200, Persistence.KeepAlive)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n", 200, Persistence.KeepAlive)]
    [InlineData("POST /echo HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nhi", 200, Persistence.Close)]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nExpect: 200-ok\r\nContent-Length: 2\r\n\r\nhi", 417, Persistence.Close)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nExpect: something\r\n\r\n", 417, Persistence.Close)]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 17\r\n\r\n", 413, Persistence.Close)]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: x\r\n\r\n", 400, Persistence.Close)]
    [InlineData("POST /echo HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n", 400, Persistence.Close)]
    public async Task No_100_continue_is_sent_when_the_body_came_with_the_head_or_the_head_is_refused(string raw, int status, Persistence persistence)
    {
        var exchange = await server.ExchangeAsync(raw);

        Assert.Equal(status, exchange.LastBeforeProbe(persistence).Status);
        Assert.DoesNotContain(exchange.Responses, response => response.Status == 100);
    }
}

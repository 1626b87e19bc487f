using System.Linq;
using System.Threading.Tasks;

namespace MiniHttp.Tests.Conformance;

/// <summary>
/// RFC 9112, section 9.3.2: pipelined requests are answered in order. After a request that closes (a rejection or
/// <c>Connection: close</c>) the responses before it are still sent, first and in order, and nothing after it is served,
/// so a smuggled request hidden behind bad framing never runs.
/// </summary>
[Collection(ConformanceGroup.Name)]
public sealed class PipeliningConformanceTests(ConformanceServer server)
{
    private const string Get = "GET / HTTP/1.1\r\nHost: a\r\n\r\n";
    private const string Post = "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc";
    private const string ChunkedPost = "POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nde\r\n0\r\n\r\n";
    private const string Smuggled = "GET /number?666 HTTP/1.1\r\nHost: a\r\n\r\n";

    [Theory]
    [InlineData(Get + Get + Get, new[] { 200, 200, 200 }, new[] { "ok", "ok", "ok" })]
    [InlineData(Post + Get + ChunkedPost, new[] { 200, 200, 200 }, new[] { "abc", "ok", "de" })]
    [InlineData(Get + "GET /nowhere HTTP/1.1\r\nHost: a\r\n\r\n" + Post, new[] { 200, 404, 200 }, new[] { "ok", "Not Found", "abc" })]
    [InlineData("GET /number?1 HTTP/1.1\r\nHost: a\r\n\r\nGET /number?x HTTP/1.1\r\nHost: a\r\n\r\nGET /number?3 HTTP/1.1\r\nHost: a\r\n\r\n",
        new[] { 200, 400, 200 }, new[] { "1", "The query must be a number.", "3" })]
    [InlineData("GET /throw HTTP/1.1\r\nHost: a\r\n\r\n" + Get, new[] { 500, 200 }, new[] { "Internal Server Error", "ok" })]
    public async Task Pipelined_requests_are_answered_in_order_and_the_connection_goes_on(string raw, int[] statuses, string[] bodies)
    {
        var responses = (await server.ExchangeAsync(raw)).CaseResponses(Persistence.KeepAlive);

        Assert.Equal(statuses, responses.Select(response => response.Status));
        Assert.Equal(bodies, responses.Select(response => response.Body));
        Assert.DoesNotContain(responses, response => response.Closes);
    }

    [Theory]
    [InlineData(Get + Post + "GET / HTTP/1.7\r\nHost: a\r\n\r\n" + Smuggled, new[] { 200, 200, 505 })]
    [InlineData(Get + "GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n" + Smuggled, new[] { 200, 200 })]
    [InlineData(Get + "GET / HTTP/1.1\r\nHost : a\r\n\r\n" + Smuggled, new[] { 200, 400 })]
    [InlineData(Get + "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + Smuggled, new[] { 200, 400 })]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 40\r\n\r\nabc" + Smuggled, new[] { 400 })]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3;x\nabc\r\n0\r\n\r\n" + Smuggled, new[] { 400 })]
    [InlineData("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nde\r\n0\r\n\r\nGET /number?x HTTP/1.1\r\nHost: a\r\n\r\nget / HTTP/1.1\r\n\r\n" + Smuggled,
        new[] { 200, 400, 400 })]
    [InlineData(Get + "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 17\r\n\r\n" + Smuggled, new[] { 200, 413 })]
    [InlineData(Get + "GET /aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa HTTP/1.1\r\n\r\n" + Smuggled, new[] { 200, 414 })]
    public async Task Responses_before_a_closing_request_are_sent_first_and_nothing_after_it_is_served(string raw, int[] statuses)
    {
        var responses = (await server.ExchangeAsync(raw)).CaseResponses(Persistence.Close);

        Assert.Equal(statuses, responses.Select(response => response.Status));
        Assert.True(responses[^1].Closes);
        Assert.DoesNotContain(responses, response => response.Body == "666");
    }
}

using System.Threading.Tasks;

namespace MiniHttp.Tests.Conformance;

/// <summary>
/// RFC 9112, section 3.2: origin-form, absolute-form (its authority must agree with Host), asterisk-form for OPTIONS
/// only, authority-form for CONNECT only (refused). Examples from sections 3.2.1 to 3.2.4.
/// </summary>
[Collection(ConformanceGroup.Name)]
public sealed class RequestTargetConformanceTests(ConformanceServer server)
{
    [Theory]
    [InlineData("GET http://a/ HTTP/1.1\r\nHost: a\r\n\r\n", 200)]
    [InlineData("GET http://a HTTP/1.1\r\nHost: a\r\n\r\n", 200)]
    [InlineData("GET http://a?x=1 HTTP/1.1\r\nHost: a\r\n\r\n", 200)]
    [InlineData("GET HTTP://A/ HTTP/1.1\r\nHost: a\r\n\r\n", 200)]
    [InlineData("GET https://a:443/ HTTP/1.1\r\nHost: a:443\r\n\r\n", 200)]
    [InlineData("GET http://[::1]:80/ HTTP/1.1\r\nHost: [::1]:80\r\n\r\n", 200)]
    [InlineData("GET http://a/number?7 HTTP/1.1\r\nHost: a\r\n\r\n", 200)]
    [InlineData("GET http://www.example.org/pub/WWW/TheProject.html HTTP/1.1\r\nHost: www.example.org\r\n\r\n", 404)]
    [InlineData("OPTIONS http://a:8001 HTTP/1.1\r\nHost: a:8001\r\n\r\n", 405)]
    [InlineData("OPTIONS * HTTP/1.1\r\nHost: www.example.org:8001\r\n\r\n", 200)]
    public Task An_accepted_target_form_is_served(string raw, int status) => server.AssertAnsweredAsync(raw, status, Persistence.KeepAlive);

    [Fact]
    public Task An_absolute_form_target_in_http10_is_served_and_closes() =>
        server.AssertAnsweredAsync("GET http://a/ HTTP/1.0\r\n\r\n", 200, Persistence.Close);

    [Theory]
    [InlineData("GET http://a/ HTTP/1.1\r\nHost: b\r\n\r\n")]
    [InlineData("GET http://a:80/ HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET http://a/ HTTP/1.1\r\n\r\n")]
    [InlineData("GET http://u@a/ HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET http:///a HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET http:/a HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET ftp://a/ HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET urn:a HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET a/ HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET * HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("POST * HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n")]
    [InlineData("OPTIONS *x HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("OPTIONS */ HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET ?x=1 HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET a:80 HTTP/1.1\r\nHost: a\r\n\r\n")]
    public Task A_target_in_a_form_the_method_may_not_use_is_400_and_closes(string raw) =>
        server.AssertAnsweredAsync(raw, 400, Persistence.Close);

    [Fact]
    public async Task The_http2_connection_preface_is_refused_with_505_and_nothing_after_it_is_read()
    {
        var responses = (await server.ExchangeAsync("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")).CaseResponses(Persistence.Close);

        var response = Assert.Single(responses);
        Assert.Equal(505, response.Status);
        Assert.True(response.Closes);
    }
}

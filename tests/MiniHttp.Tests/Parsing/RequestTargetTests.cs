using MiniHttp.Parsing;

namespace MiniHttp.Tests.Parsing;

/// <summary>RFC 9112, section 3.2: the four forms of request target, and which methods may use which.</summary>
public sealed class RequestTargetTests
{
    [Theory]
    [InlineData("GET /a/b?x=1 HTTP/1.1\r\nHost: h\r\n\r\n", "/a/b", "x=1")]
    [InlineData("GET /? HTTP/1.1\r\nHost: h\r\n\r\n", "/", "")]
    [InlineData("GET http://h/a/b?x=1 HTTP/1.1\r\nHost: h\r\n\r\n", "/a/b", "x=1")]
    [InlineData("GET HTTP://h:8080/a HTTP/1.1\r\nHost: h:8080\r\n\r\n", "/a", "")]
    [InlineData("GET https://h/ HTTP/1.1\r\nHost: H\r\n\r\n", "/", "")]
    [InlineData("GET http://h HTTP/1.1\r\nHost: h\r\n\r\n", "/", "")]
    [InlineData("GET http://h?q=1 HTTP/1.1\r\nHost: h\r\n\r\n", "/", "q=1")]
    [InlineData("GET http://[::1]:80/p HTTP/1.1\r\nHost: [::1]:80\r\n\r\n", "/p", "")]
    [InlineData("GET http://h/p HTTP/1.0\r\n\r\n", "/p", "")]
    [InlineData("OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n", "*", "")]
    public void Each_accepted_form_gives_its_path_and_query(string raw, string path, string query)
    {
        var request = Reads.Complete(raw);

        Assert.Equal(path, request.Path);
        Assert.Equal(query, request.Query);
    }

    [Fact]
    public void Options_with_an_origin_form_target_is_an_ordinary_request() =>
        Assert.Equal(RequestMethod.Options, Reads.Complete("OPTIONS /a HTTP/1.1\r\nHost: h\r\n\r\n").Method);

    [Theory]
    [InlineData("GET * HTTP/1.1\r\nHost: h\r\n\r\n", nameof(RequestRejection.AsteriskFormNotOptions))]
    [InlineData("POST * HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n", nameof(RequestRejection.AsteriskFormNotOptions))]
    [InlineData("PRI * HTTP/1.1\r\nHost: h\r\n\r\n", nameof(RequestRejection.AsteriskFormNotOptions))]
    [InlineData("OPTIONS ** HTTP/1.1\r\nHost: h\r\n\r\n", nameof(RequestRejection.InvalidRequestTarget))]
    [InlineData("OPTIONS *? HTTP/1.1\r\nHost: h\r\n\r\n", nameof(RequestRejection.InvalidRequestTarget))]
    [InlineData("GET h/a HTTP/1.1\r\nHost: h\r\n\r\n", nameof(RequestRejection.InvalidRequestTarget))]
    [InlineData("GET http:/h/a HTTP/1.1\r\nHost: h\r\n\r\n", nameof(RequestRejection.InvalidRequestTarget))]
    [InlineData("GET http:///a HTTP/1.1\r\nHost: h\r\n\r\n", nameof(RequestRejection.InvalidRequestTarget))]
    [InlineData("GET http://user@h/a HTTP/1.1\r\nHost: h\r\n\r\n", nameof(RequestRejection.InvalidRequestTarget))]
    [InlineData("GET http://h\"/a HTTP/1.1\r\nHost: h\r\n\r\n", nameof(RequestRejection.InvalidRequestTarget))]
    [InlineData("GET 1http://h/ HTTP/1.1\r\nHost: h\r\n\r\n", nameof(RequestRejection.InvalidRequestTarget))]
    [InlineData("GET ftp://h/a HTTP/1.1\r\nHost: h\r\n\r\n", nameof(RequestRejection.UnsupportedUriScheme))]
    [InlineData("GET httpx://h/a HTTP/1.1\r\nHost: h\r\n\r\n", nameof(RequestRejection.UnsupportedUriScheme))]
    [InlineData("GET http://h/a HTTP/1.1\r\nHost: other\r\n\r\n", nameof(RequestRejection.HostDoesNotMatchTarget))]
    [InlineData("GET http://h:81/a HTTP/1.1\r\nHost: h\r\n\r\n", nameof(RequestRejection.HostDoesNotMatchTarget))]
    [InlineData("GET http://h/a HTTP/1.1\r\n\r\n", nameof(RequestRejection.MissingHost))]
    public void A_target_in_the_wrong_form_is_400(string raw, string expected) => Reads.AssertRejected(raw, expected, 400);

    [Theory]
    [InlineData("CONNECT h:443 HTTP/1.1\r\nHost: h:443\r\n\r\n")]
    [InlineData("CONNECT / HTTP/1.1\r\nHost: h\r\n\r\n")]
    [InlineData("CONNECT h")]
    public void Connect_is_501(string raw) => Reads.AssertRejected(raw, nameof(RequestRejection.ConnectNotSupported), 501);

    [Fact]
    public void The_http2_connection_preface_is_505() =>
        Reads.AssertRejected("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", nameof(RequestRejection.HttpVersionNotSupported), 505);
}

using MiniHttp.Parsing;

namespace MiniHttp.Tests.Parsing;

/// <summary>RFC 9112, section 3: <c>method SP request-target SP HTTP-version CRLF</c>, exactly.</summary>
public sealed class RequestLineTests
{
    [Theory]
    [InlineData("GET", RequestMethod.Get)]
    [InlineData("HEAD", RequestMethod.Head)]
    [InlineData("POST", RequestMethod.Post)]
    [InlineData("PUT", RequestMethod.Put)]
    [InlineData("DELETE", RequestMethod.Delete)]
    [InlineData("PATCH", RequestMethod.Patch)]
    [InlineData("OPTIONS", RequestMethod.Options)]
    [InlineData("TRACE", RequestMethod.Trace)]
    [InlineData("get", RequestMethod.Other)]
    [InlineData("Post", RequestMethod.Other)]
    [InlineData("PROPFIND", RequestMethod.Other)]
    [InlineData("GETS", RequestMethod.Other)]
    [InlineData("X-Custom!#$%&'*+-.^_`|~9", RequestMethod.Other)]
    public void A_method_token_maps_case_sensitively_and_an_unknown_one_is_other_not_an_error(string method, RequestMethod expected)
    {
        var request = Reads.Complete($"{method} / HTTP/1.1\r\nHost: a\r\n\r\n");

        Assert.Equal(expected, request.Method);
        Assert.Equal(method, request.MethodToken);
    }

    [Theory]
    [InlineData("/", "/", "")]
    [InlineData("/baseline11?a=1&b=2", "/baseline11", "a=1&b=2")]
    [InlineData("/path?", "/path", "")]
    [InlineData("/a?b?c", "/a", "b?c")]
    [InlineData("/%7Euser/x;y=1:@!$&'()*+,=", "/~user/x;y=1:@!$&'()*+,=", "")]
    [InlineData("/q?x=/?&y=[]", "/q", "x=/?&y=[]")]
    public void An_origin_form_target_splits_at_the_first_question_mark(string target, string path, string query)
    {
        var request = Reads.Complete($"GET {target} HTTP/1.1\r\nHost: a\r\n\r\n");

        Assert.Equal(path, request.Path);
        Assert.Equal(query, request.Query);
    }

    [Theory]
    [InlineData("HTTP/1.1", ProtocolVersion.Http11)]
    [InlineData("HTTP/1.0", ProtocolVersion.Http10)]
    public void The_two_supported_versions_are_read(string version, ProtocolVersion expected)
    {
        var request = Reads.Complete($"GET / {version}\r\nHost: a\r\n\r\n");

        Assert.Equal(expected, request.Version);
    }

    [Fact]
    public void A_request_without_headers_ends_after_the_request_line_and_one_crlf()
    {
        var request = Reads.Complete("GET / HTTP/1.0\r\n\r\n");

        Assert.Equal("", request.Headers);
        Assert.Equal(18, request.Consumed);
    }

    [Theory]
    [InlineData("GET / HTTP/1.2\r\nHost: a\r\n\r\n")]
    [InlineData("GET / HTTP/2.0\r\nHost: a\r\n\r\n")]
    [InlineData("GET / HTTP/0.9\r\nHost: a\r\n\r\n")]
    [InlineData("GET / HTTP/3.1\r\nHost: a\r\n\r\n")]
    public void A_well_formed_but_unsupported_version_is_505(string raw) =>
        Reads.AssertRejected(raw, nameof(RequestRejection.HttpVersionNotSupported), 505);

    [Theory]
    [InlineData("GET / HTTP/1.1x\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidHttpVersion))]
    [InlineData("GET / HTTP/1.1 \r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidHttpVersion))]
    [InlineData("GET / http/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidHttpVersion))]
    [InlineData("GET / HTTP/1\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidHttpVersion))]
    [InlineData("GET / HTTP/11.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidHttpVersion))]
    [InlineData("GET / HTTP/1.10\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidHttpVersion))]
    [InlineData("GET / HTTPS/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidHttpVersion))]
    [InlineData("GET /\r\n\r\n", nameof(RequestRejection.InvalidRequestTarget))]
    [InlineData("GET  / HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidRequestTarget))]
    [InlineData("GET /  HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidHttpVersion))]
    [InlineData("GET /a b HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidHttpVersion))]
    [InlineData("GET\t/ HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidMethod))]
    [InlineData(" GET / HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidMethod))]
    [InlineData("\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidMethod))]
    [InlineData("G@T / HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidMethod))]
    [InlineData("GET /#frag HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidRequestTarget))]
    [InlineData("GET /a\tb HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidRequestTarget))]
    [InlineData("GET /a\u0000b HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidRequestTarget))]
    [InlineData("GET /a\u007Fb HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidRequestTarget))]
    [InlineData("GET /caf\u00E9 HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidRequestTarget))]
    [InlineData("GET a HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidRequestTarget))]
    [InlineData("GET * HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.AsteriskFormNotOptions))]
    [InlineData("OPTIONS *a HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.InvalidRequestTarget))]
    [InlineData("GET ftp://a/ HTTP/1.1\r\nHost: a\r\n\r\n", nameof(RequestRejection.UnsupportedUriScheme))]
    public void A_malformed_request_line_is_400(string raw, string expected) => Reads.AssertRejected(raw, expected, 400);

    [Theory]
    [InlineData("GET / HTTP/1.1\nHost: a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\rHost: a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\r\nHost: a\r\n\r\n")]
    [InlineData("GET /\nHost: a\r\n\r\n")]
    [InlineData("GET\n/ HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET / HTTP/1.\n")]
    public void A_request_line_not_ending_in_crlf_is_400(string raw) =>
        Reads.AssertRejected(raw, nameof(RequestRejection.InvalidLineEnding), 400);

    [Theory]
    [InlineData("GET / HTTP/1.1x")]
    [InlineData("GET /a\u0000")]
    [InlineData("G@")]
    [InlineData("GET / HTTP/1.1\n")]
    [InlineData("GET / HTTP/1.1\rX")]
    [InlineData("GET / HTTP/1.2\r\n")]
    public void A_request_line_is_rejected_as_soon_as_what_has_arrived_is_invalid(string partial) =>
        Assert.Equal(ReadStatus.Rejected, Reads.Once(partial).Status);

    [Theory]
    [InlineData("")]
    [InlineData("GET")]
    [InlineData("GET /")]
    [InlineData("GET / HTTP/1.")]
    [InlineData("GET / HTTP/1.2")]
    [InlineData("GET / HTTP/1.1\r")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n")]
    public void A_valid_prefix_is_incomplete(string partial) => Assert.Equal(ReadStatus.Incomplete, Reads.Once(partial).Status);
}

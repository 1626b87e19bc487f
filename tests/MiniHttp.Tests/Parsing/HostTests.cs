using MiniHttp.Parsing;

namespace MiniHttp.Tests.Parsing;

/// <summary>RFC 9112, section 3.2: exactly one valid Host field, required in HTTP/1.1.</summary>
public sealed class HostTests
{
    [Theory]
    [InlineData("Host: example.com")]
    [InlineData("host: localhost:8080")]
    [InlineData("HOST: 127.0.0.1")]
    [InlineData("Host: [::1]:80")]
    [InlineData("Host: xn--caf-dma.example")]
    public void One_host_is_accepted(string field) =>
        Reads.Complete($"GET / HTTP/1.1\r\n{field}\r\n\r\n");

    [Fact]
    public void An_http10_request_may_leave_host_out() =>
        Reads.Complete("GET / HTTP/1.0\r\n\r\n");

    [Theory]
    [InlineData("GET / HTTP/1.1\r\n\r\n", nameof(RequestRejection.MissingHost))]
    [InlineData("GET / HTTP/1.1\r\nX-Host: a\r\n\r\n", nameof(RequestRejection.MissingHost))]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n", nameof(RequestRejection.MultipleHosts))]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n", nameof(RequestRejection.MultipleHosts))]
    [InlineData("GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n", nameof(RequestRejection.MultipleHosts))]
    [InlineData("GET / HTTP/1.1\r\nHost:\r\n\r\n", nameof(RequestRejection.InvalidHost))]
    [InlineData("GET / HTTP/1.1\r\nHost:   \r\n\r\n", nameof(RequestRejection.InvalidHost))]
    [InlineData("GET / HTTP/1.1\r\nHost: a b\r\n\r\n", nameof(RequestRejection.InvalidHost))]
    [InlineData("GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", nameof(RequestRejection.InvalidHost))]
    [InlineData("GET / HTTP/1.1\r\nHost: user@a\r\n\r\n", nameof(RequestRejection.InvalidHost))]
    [InlineData("GET / HTTP/1.1\r\nHost: a, b\r\n\r\n", nameof(RequestRejection.InvalidHost))]
    [InlineData("GET / HTTP/1.1\r\nHost: caf\u00E9\r\n\r\n", nameof(RequestRejection.InvalidHost))]
    public void A_missing_repeated_or_invalid_host_is_400(string raw, string expected) =>
        Reads.AssertRejected(raw, expected, 400);
}

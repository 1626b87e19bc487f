using System.Threading.Tasks;

namespace MiniHttp.Tests.Conformance;

/// <summary>RFC 9112, section 3.2 and RFC 9110, section 7.2: exactly one valid, non-empty Host in HTTP/1.1.</summary>
[Collection(ConformanceGroup.Name)]
public sealed class HostConformanceTests(ConformanceServer server)
{
    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n\r\n", 200, Persistence.KeepAlive)]
    [InlineData("GET / HTTP/1.1\r\nhost: example.com:8080\r\n\r\n", 200, Persistence.KeepAlive)]
    [InlineData("GET / HTTP/1.1\r\nHOST: [::1]:80\r\n\r\n", 200, Persistence.KeepAlive)]
    [InlineData("GET / HTTP/1.1\r\nHost:127.0.0.1\r\n\r\n", 200, Persistence.KeepAlive)]
    [InlineData("GET / HTTP/1.0\r\n\r\n", 200, Persistence.Close)]
    public Task One_valid_host_is_served(string raw, int status, Persistence persistence) => server.AssertAnsweredAsync(raw, status, persistence);

    [Theory]
    [InlineData("GET / HTTP/1.1\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nX-Host: a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n")]
    [InlineData("GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost:\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a b\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a/b\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: u@a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a, b\r\n\r\n")]
    public Task A_missing_repeated_or_invalid_host_is_400_and_closes(string raw) => server.AssertAnsweredAsync(raw, 400, Persistence.Close);
}

using MiniHttp.Parsing;

namespace MiniHttp.Tests.Parsing;

/// <summary>RFC 9112, section 9.3: whether the connection persists after a request.</summary>
public sealed class PersistenceTests
{
    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n\r\n", true)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n", false)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: CLOSE\r\n\r\n", false)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive\r\n\r\n", true)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: Keep-Alive, Upgrade\r\n\r\n", true)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: Upgrade, close\r\n\r\n", false)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive, close\r\n\r\n", false)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive\r\nConnection: close\r\n\r\n", false)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: closed\r\n\r\n", true)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection:\r\n\r\n", true)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: ,, close ,\r\n\r\n", false)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX-Connection: close\r\n\r\n", true)]
    [InlineData("GET / HTTP/1.0\r\n\r\n", false)]
    [InlineData("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", true)]
    [InlineData("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n", true)]
    [InlineData("GET / HTTP/1.0\r\nConnection: keep-alive, close\r\n\r\n", false)]
    [InlineData("GET / HTTP/1.0\r\nConnection: Upgrade\r\n\r\n", false)]
    public void Each_version_has_its_default_and_connection_options_change_it(string raw, bool keepAlive) =>
        Assert.Equal(keepAlive, Reads.Complete(raw).KeepAlive);

    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: close;now\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: \"close\"\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: keep alive\r\n\r\n")]
    public void Connection_options_that_are_not_tokens_are_400(string raw) =>
        Reads.AssertRejected(raw, nameof(RequestRejection.InvalidConnection), 400);
}

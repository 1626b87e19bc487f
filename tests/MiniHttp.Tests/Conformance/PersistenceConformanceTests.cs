using System.Threading.Tasks;

namespace MiniHttp.Tests.Conformance;

/// <summary>RFC 9112, sections 9.3 and 9.6: HTTP/1.1 persists unless told <c>close</c>; HTTP/1.0 closes unless told <c>keep-alive</c>.</summary>
[Collection(ConformanceGroup.Name)]
public sealed class PersistenceConformanceTests(ConformanceServer server)
{
    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n\r\n", Persistence.KeepAlive)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive\r\n\r\n", Persistence.KeepAlive)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: upgrade\r\n\r\n", Persistence.KeepAlive)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection:\r\n\r\n", Persistence.KeepAlive)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n", Persistence.Close)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: Close\r\n\r\n", Persistence.Close)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive, close\r\n\r\n", Persistence.Close)]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: x\r\nConnection: close\r\n\r\n", Persistence.Close)]
    [InlineData("GET / HTTP/1.0\r\n\r\n", Persistence.Close)]
    [InlineData("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", Persistence.KeepAlive)]
    [InlineData("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n", Persistence.KeepAlive)]
    [InlineData("GET / HTTP/1.0\r\nConnection: keep-alive, close\r\n\r\n", Persistence.Close)]
    [InlineData("GET /nowhere HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", Persistence.KeepAlive)]
    public Task The_connection_persists_as_the_request_says(string raw, Persistence persistence) =>
        server.AssertAnsweredAsync(raw, raw.StartsWith("GET /nowhere", System.StringComparison.Ordinal) ? 404 : 200, persistence);

    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: a b\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nConnection: \"close\"\r\n\r\n")]
    public Task An_invalid_connection_field_is_400_and_closes(string raw) => server.AssertAnsweredAsync(raw, 400, Persistence.Close);

    [Fact]
    public async Task An_http10_keep_alive_response_says_so()
    {
        var response = (await server.ExchangeAsync("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")).LastBeforeProbe(Persistence.KeepAlive);

        Assert.Contains("\r\nConnection: keep-alive\r\n", response.Head, System.StringComparison.OrdinalIgnoreCase);
    }
}

using System;
using System.Threading.Tasks;

namespace MiniHttp.EndToEnd.Tests.Conformance;

/// <summary>RFC 9112, section 3.2 against the Arena routes: absolute-form is routed like origin-form; an HTTP/2 preface is refused.</summary>
public sealed class RequestTargetFormTests(ArenaServerFixture arena) : IClassFixture<ArenaServerFixture>
{
    [Theory]
    [InlineData("GET http://localhost/baseline11?a=1&b=2 HTTP/1.1\r\nHost: localhost\r\n\r\n", "3")]
    [InlineData("GET HTTP://LOCALHOST:8080/pipeline HTTP/1.1\r\nHost: localhost:8080\r\n\r\n", "ok")]
    [InlineData("POST https://localhost/baseline11?a=1&b=2 HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1\r\n\r\n4", "7")]
    public async Task An_absolute_form_target_is_routed_by_its_path_and_query(string request, string body)
    {
        await using var client = await WireClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync(request);

        var response = await client.ReceiveResponseAsync();
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", response, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n" + body, response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_http2_connection_preface_is_answered_505_and_the_connection_closed()
    {
        await using var client = await WireClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");

        var response = await client.ReceiveResponseAsync();
        Assert.StartsWith("HTTP/1.1 505 HTTP Version Not Supported\r\n", response, StringComparison.Ordinal);
        Assert.Contains("\r\nConnection: close\r\n", response, StringComparison.Ordinal);
        Assert.True(await client.IsClosedByServerAsync());
    }
}

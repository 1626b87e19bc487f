using System;
using System.Threading.Tasks;

namespace MiniHttp.EndToEnd.Tests.Conformance;

/// <summary>
/// RFC 9110, section 10.1.1 over a real socket: <c>Expect: 100-continue</c> gets <c>100 Continue</c> once the head is
/// accepted and before the body is read, or the final status alone when the head is refused.
/// </summary>
public sealed class ExpectContinueTests(ArenaServerFixture arena) : IClassFixture<ArenaServerFixture>
{
    private const string Continue = "HTTP/1.1 100 Continue\r\n\r\n";

    [Fact]
    public async Task A_content_length_body_is_asked_for_with_100_continue_then_answered()
    {
        await using var client = await WireClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync("POST /baseline11?a=1&b=2 HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
        Assert.Equal(Continue, await client.ReceiveAsync(Continue.Length));
        await client.SendAsync("20");

        var response = await client.ReceiveResponseAsync();
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", response, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n23", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_body_is_asked_for_with_100_continue_then_answered()
    {
        await using var client = await WireClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync("POST /baseline11?a=1&b=2 HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nTransfer-Encoding: chunked\r\n\r\n");
        Assert.Equal(Continue, await client.ReceiveAsync(Continue.Length));
        await client.SendAsync("1\r\n4\r\n0\r\n\r\n");

        Assert.EndsWith("\r\n\r\n7", await client.ReceiveResponseAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_sent_with_the_head_gets_no_100_continue()
    {
        await using var client = await WireClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync("POST /baseline11?a=1&b=2 HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n20");

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", await client.ReceiveResponseAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_http10_client_is_never_sent_100_continue()
    {
        await using var client = await WireClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync("POST /baseline11?a=1&b=2 HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
        await Task.Delay(200);
        await client.SendAsync("20");

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", await client.ReceiveResponseAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_too_large_by_content_length_is_413_without_100_continue()
    {
        await using var client = await WireClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync("POST /baseline11?a=1&b=2 HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 31000000\r\n\r\n");

        var response = await client.ReceiveResponseAsync();
        Assert.StartsWith("HTTP/1.1 413 Content Too Large\r\n", response, StringComparison.Ordinal);
        Assert.Contains("\r\nConnection: close\r\n", response, StringComparison.Ordinal);
        Assert.True(await client.IsClosedByServerAsync());
    }

    [Fact]
    public async Task An_unknown_expectation_is_417_and_closes()
    {
        await using var client = await WireClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync("POST /baseline11?a=1&b=2 HTTP/1.1\r\nHost: a\r\nExpect: 200-ok\r\nContent-Length: 2\r\n\r\n");

        var response = await client.ReceiveResponseAsync();
        Assert.StartsWith("HTTP/1.1 417 Expectation Failed\r\n", response, StringComparison.Ordinal);
        Assert.Contains("\r\nConnection: close\r\n", response, StringComparison.Ordinal);
        Assert.True(await client.IsClosedByServerAsync());
    }

    [Fact]
    public async Task A_pipelined_request_before_it_is_answered_first()
    {
        await using var client = await WireClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync(
            "GET /pipeline HTTP/1.1\r\nHost: a\r\n\r\n" +
            "POST /baseline11?a=1&b=2 HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");

        Assert.EndsWith("\r\n\r\nok", await client.ReceiveResponseAsync(), StringComparison.Ordinal);
        Assert.Equal(Continue, await client.ReceiveAsync(Continue.Length));
        await client.SendAsync("20");
        Assert.EndsWith("\r\n\r\n23", await client.ReceiveResponseAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_request_on_the_connection_gets_its_own_100_continue()
    {
        await using var client = await WireClient.ConnectAsync(arena.EndPoint);
        const string Head = "POST /baseline11?a=1&b=2 HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\n";

        for (var i = 0; i < 2; i++)
        {
            await client.SendAsync(Head);
            Assert.Equal(Continue, await client.ReceiveAsync(Continue.Length));
            await client.SendAsync("5");
            Assert.EndsWith("\r\n\r\n8", await client.ReceiveResponseAsync(), StringComparison.Ordinal);
        }
    }
}

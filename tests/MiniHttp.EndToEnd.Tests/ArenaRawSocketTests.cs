using System;
using System.Text;
using System.Threading.Tasks;

namespace MiniHttp.EndToEnd.Tests;

/// <summary>The Arena endpoints over a raw socket: exact request bytes, exact framing of the answers.</summary>
public sealed class ArenaRawSocketTests(ArenaServerFixture arena) : IClassFixture<ArenaServerFixture>
{
    private const string Get = "GET /baseline11?a=13&b=42 HTTP/1.1\r\nHost: localhost\r\n\r\n";
    private const string PostContentLength = "POST /baseline11?a=13&b=42 HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\n20";
    private const string PostChunked = "POST /baseline11?a=13&b=42 HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n2\r\n1;ext=v\r\n0\r\n0\r\nTrailer: x\r\n\r\n";
    private const string Pipeline = "GET /pipeline HTTP/1.1\r\nHost: localhost\r\n\r\n";

    public static TheoryData<string, string> ArenaRequests => new()
    {
        { Get, "55" },
        { PostContentLength, "75" },
        { PostChunked, "75" },
        { Pipeline, "ok" },
    };

    [Theory]
    [MemberData(nameof(ArenaRequests))]
    public async Task Each_arena_request_gets_a_complete_plain_text_response(string request, string expectedBody)
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync(request);
        var response = await client.ReadResponseAsync();

        Assert.Equal("HTTP/1.1", response.Version);
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("OK", response.ReasonPhrase);
        Assert.Equal("text/plain; charset=utf-8", response.Header("Content-Type"));
        Assert.Equal("MiniHttp", response.Header("Server"));
        Assert.NotNull(response.Header("Date"));
        Assert.Null(response.Header("Connection"));
        Assert.Equal(expectedBody, response.Body);
    }

    [Fact]
    public async Task Sixteen_pipelined_requests_in_one_write_are_answered_in_order()
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);
        var batch = new StringBuilder();
        for (var i = 0; i < 16; i++)
        {
            batch.Append(i % 4 == 3 ? Pipeline : $"GET /baseline11?a={i}&b=100 HTTP/1.1\r\nHost: localhost\r\n\r\n");
        }

        await client.SendAsync(batch.ToString());

        for (var i = 0; i < 16; i++)
        {
            var response = await client.ReadResponseAsync();
            Assert.Equal(200, response.StatusCode);
            Assert.Equal(i % 4 == 3 ? "ok" : (i + 100).ToString(System.Globalization.CultureInfo.InvariantCulture), response.Body);
        }
    }

    [Fact]
    public async Task Mixed_pipelined_requests_with_bodies_are_answered_in_order()
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync(Get + PostChunked + PostContentLength + Pipeline + PostChunked);

        foreach (var expected in new[] { "55", "75", "75", "ok", "75" })
        {
            Assert.Equal(expected, (await client.ReadResponseAsync()).Body);
        }
    }

    [Theory]
    [MemberData(nameof(ArenaRequests))]
    public async Task A_request_split_at_any_byte_across_two_writes_gets_the_same_answer(string request, string expectedBody)
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);
        var bytes = Encoding.ASCII.GetBytes(request);

        for (var split = 1; split < bytes.Length; split++)
        {
            await client.SendAsync(bytes.AsMemory(0, split));
            await Task.Delay(2);
            await client.SendAsync(bytes.AsMemory(split));

            var response = await client.ReadResponseAsync();
            Assert.Equal(200, response.StatusCode);
            Assert.Equal(expectedBody, response.Body);
        }
    }

    [Theory]
    [MemberData(nameof(ArenaRequests))]
    public async Task A_request_sent_one_byte_at_a_time_gets_the_same_answer(string request, string expectedBody)
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);
        var bytes = Encoding.ASCII.GetBytes(request);

        for (var i = 0; i < bytes.Length; i++)
        {
            await client.SendAsync(bytes.AsMemory(i, 1));
            await Task.Delay(1);
        }

        Assert.Equal(expectedBody, (await client.ReadResponseAsync()).Body);
    }

    [Fact]
    public async Task A_malformed_request_gets_400_with_connection_close_and_the_connection_closes()
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync("GET /pipeline HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n");
        var response = await client.ReadResponseAsync();

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("close", response.Header("Connection"));
        Assert.True(await client.IsClosedByServerAsync());
    }

    [Fact]
    public async Task Requests_before_a_malformed_one_are_answered_and_nothing_after_it_is()
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync(Pipeline + Get + "POST /baseline11 HTTP/1.1\r\nHost: localhost\r\nContent-Length: +2\r\n\r\n20" + Pipeline);

        Assert.Equal("ok", (await client.ReadResponseAsync()).Body);
        Assert.Equal("55", (await client.ReadResponseAsync()).Body);
        var rejection = await client.ReadResponseAsync();
        Assert.Equal(400, rejection.StatusCode);
        Assert.Equal("close", rejection.Header("Connection"));
        Assert.True(await client.IsClosedByServerAsync());
    }

    [Fact]
    public async Task An_unknown_path_gets_404_and_the_connection_stays_usable()
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync("GET /missing HTTP/1.1\r\nHost: localhost\r\n\r\n" + Pipeline);

        var notFound = await client.ReadResponseAsync();
        Assert.Equal(404, notFound.StatusCode);
        Assert.Null(notFound.Header("Connection"));
        Assert.Equal("ok", (await client.ReadResponseAsync()).Body);
    }

    [Fact]
    public async Task A_known_path_with_another_method_gets_405_with_allow()
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync("DELETE /pipeline HTTP/1.1\r\nHost: localhost\r\n\r\nget /pipeline HTTP/1.1\r\nHost: localhost\r\n\r\n" + Pipeline);

        var deleted = await client.ReadResponseAsync();
        Assert.Equal(405, deleted.StatusCode);
        Assert.Equal("GET, HEAD, OPTIONS", deleted.Header("Allow"));
        var lowerCase = await client.ReadResponseAsync();
        Assert.Equal(405, lowerCase.StatusCode);
        Assert.Equal("ok", (await client.ReadResponseAsync()).Body);
    }

    [Theory]
    [InlineData("/baseline11?a=13", "b")]
    [InlineData("/baseline11?a=x&b=1", "a")]
    [InlineData("/baseline11?a=1&b=99999999999", "b")]
    [InlineData("/baseline11?a=%2B1&b=1", "a")]
    public async Task A_bad_argument_gets_400_naming_it_and_the_connection_stays_usable(string target, string parameter)
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync($"GET {target} HTTP/1.1\r\nHost: localhost\r\n\r\n" + Pipeline);

        var badRequest = await client.ReadResponseAsync();
        Assert.Equal(400, badRequest.StatusCode);
        Assert.Null(badRequest.Header("Connection"));
        Assert.Contains($"'{parameter}'", badRequest.Body, StringComparison.Ordinal);
        Assert.Equal("ok", (await client.ReadResponseAsync()).Body);
    }

    [Fact]
    public async Task A_post_with_a_non_integer_body_gets_400_and_the_connection_stays_usable()
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync("POST /baseline11?a=1&b=2 HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\n2 0" + Pipeline);

        Assert.Equal(400, (await client.ReadResponseAsync()).StatusCode);
        Assert.Equal("ok", (await client.ReadResponseAsync()).Body);
    }

    [Fact]
    public async Task Connection_close_is_honoured()
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync("GET /pipeline HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" + Pipeline);

        var response = await client.ReadResponseAsync();
        Assert.Equal("ok", response.Body);
        Assert.Equal("close", response.Header("Connection"));
        Assert.True(await client.IsClosedByServerAsync());
    }

    [Fact]
    public async Task Http10_closes_after_the_response_by_default()
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync("GET /pipeline HTTP/1.0\r\n\r\n");

        var response = await client.ReadResponseAsync();
        Assert.Equal("ok", response.Body);
        Assert.Equal("close", response.Header("Connection"));
        Assert.True(await client.IsClosedByServerAsync());
    }

    [Fact]
    public async Task Http10_with_keep_alive_stays_open()
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync("GET /pipeline HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        var first = await client.ReadResponseAsync();
        await client.SendAsync("GET /baseline11?a=1&b=2 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        var second = await client.ReadResponseAsync();

        Assert.Equal("keep-alive", first.Header("Connection"));
        Assert.Equal("ok", first.Body);
        Assert.Equal("3", second.Body);
    }
}

using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace MiniHttp.EndToEnd.Tests;

/// <summary>HttpArena's <c>8gbit</c> profile: <c>POST /echo</c> answers the body's bytes exactly, however it was framed.</summary>
public sealed class ArenaEchoTests(ArenaServerFixture arena) : IClassFixture<ArenaServerFixture>, IDisposable
{
    private readonly HttpClient _client = new() { BaseAddress = arena.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1024)]
    [InlineData(10_240)]
    [InlineData(102_400)]
    [InlineData(3 * 1024 * 1024)]
    public async Task A_content_length_body_comes_back_byte_for_byte(int size)
    {
        var body = Body(size);

        using var response = await _client.PostAsync("/echo", new ByteArrayContent(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(body, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(10_240)]
    [InlineData(102_400)]
    public async Task A_chunked_body_comes_back_byte_for_byte(int size)
    {
        var body = Body(size);
        // A stream of unknown length makes HttpClient send Transfer-Encoding: chunked.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/echo") { Content = new StreamContent(new UnseekableStream(body)) };

        using var response = await _client.SendAsync(request);

        Assert.True(request.Headers.TransferEncodingChunked);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Chunks_of_every_size_come_back_without_their_framing()
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);
        var request = new StringBuilder("POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n");
        var expected = new StringBuilder();
        foreach (var (size, letter) in new[] { (1, 'a'), (15, 'b'), (16, 'c'), (255, 'd'), (4096, 'e'), (65_537, 'f') })
        {
            request.Append(CultureInfo.InvariantCulture, $"{size:x};ext=1\r\n").Append(letter, size).Append("\r\n");
            expected.Append(letter, size);
        }

        await client.SendAsync(request.Append("0\r\nX-Trailer: t\r\n\r\n").ToString());
        var response = await client.ReadResponseAsync();

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("chunked", response.Header("Transfer-Encoding"));
        Assert.Equal(expected.ToString(), response.Body);
    }

    [Fact]
    public async Task The_connection_goes_on_to_the_requests_pipelined_behind_an_echo()
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync(
            "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello"
            + "POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
            + "GET /pipeline HTTP/1.1\r\nHost: a\r\n\r\n");

        Assert.Equal("hello", (await client.ReadResponseAsync()).Body);
        Assert.Equal("abc", (await client.ReadResponseAsync()).Body);
        Assert.Equal("ok", (await client.ReadResponseAsync()).Body);
    }

    [Fact]
    public async Task The_echo_starts_before_the_body_has_all_arrived()
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);
        var body = Body(512 * 1024);

        await client.SendAsync(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: {body.Length}\r\n\r\n")));
        await client.SendAsync(body.AsMemory(0, body.Length / 2));
        // A server that held the body until its end could not answer any of it now; one that streams has sent more than its
        // 64 KiB flush threshold back already.
        await client.WaitForBytesAsync(1024);
        await client.SendAsync(body.AsMemory(body.Length / 2));
        var response = await client.ReadResponseAsync();

        Assert.Equal(body, response.Content);
    }

    [Fact]
    public async Task A_content_length_over_the_body_limit_is_refused_before_the_body_is_read()
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 30000001\r\n\r\n");
        var response = await client.ReadResponseAsync();

        Assert.Equal(413, response.StatusCode);
        Assert.Equal("close", response.Header("Connection"));
        Assert.True(await client.IsClosedByServerAsync());
    }

    [Fact]
    public async Task A_chunked_body_that_passes_the_limit_after_the_echo_began_cuts_the_echo_off()
    {
        var server = new HttpServer<Generated.Router>(
            new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0), Limits = ServerLimits.Default with { MaxRequestBodySize = 256 * 1024 } },
            ArenaServerFixture.RouterWithoutDataset);
        server.Start();
        try
        {
            await using var client = await RawHttpClient.ConnectAsync(server.LocalEndPoint);
            var chunk = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{64 * 1024:x}\r\n").Append('e', 64 * 1024).Append("\r\n").ToString();
            await client.SendAsync("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk + chunk);
            // The 200 is on its way before the body is over its limit, so the limit can no longer be answered with a 413.
            await client.WaitForBytesAsync(1024);
            try
            {
                for (var sent = 0; sent < 4; sent++)
                {
                    await client.SendAsync(chunk);
                }
            }
            catch (Exception exception) when (exception is IOException or SocketException)
            {
                // The server may close before all of it is sent.
            }

            var cutOff = await Record.ExceptionAsync(client.ReadResponseAsync);

            Assert.True(cutOff is EndOfStreamException or SocketException { SocketErrorCode: SocketError.ConnectionReset }, cutOff?.ToString());
        }
        finally
        {
            await server.StopAsync();
        }
    }

    public void Dispose() => _client.Dispose();

    private static byte[] Body(int size)
    {
        var body = new byte[size];
        new Random(size).NextBytes(body);
        return body;
    }

    /// <summary>Hides the length of the bytes it reads from, as a network or pipe source would.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}

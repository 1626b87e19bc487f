using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace MiniHttp.EndToEnd.Tests;

/// <summary>HttpArena's <c>upload</c> profile: the answer is the number of body bytes the server actually read.</summary>
public sealed class ArenaUploadTests(ArenaServerFixture arena) : IClassFixture<ArenaServerFixture>, IDisposable
{
    private readonly HttpClient _client = new() { BaseAddress = arena.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    [Theory]
    [InlineData(500 * 1024)]
    [InlineData(5 * 1024 * 1024)]
    [InlineData(20 * 1024 * 1024)]
    public async Task A_content_length_upload_is_counted(int size)
    {
        using var response = await _client.PostAsync("/upload", new ByteArrayContent(Body(size)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(size.ToString(CultureInfo.InvariantCulture), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(500 * 1024)]
    [InlineData(20 * 1024 * 1024)]
    public async Task A_chunked_upload_is_counted(int size)
    {
        // A stream of unknown length makes HttpClient send Transfer-Encoding: chunked.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/upload") { Content = new StreamContent(new UnseekableStream(Body(size))) };

        using var response = await _client.SendAsync(request);

        Assert.True(request.Headers.TransferEncodingChunked);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(size.ToString(CultureInfo.InvariantCulture), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Chunks_of_every_size_are_counted_not_their_framing()
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);
        var request = new StringBuilder("POST /upload HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n");
        var expected = 0;
        foreach (var chunk in new[] { 1, 15, 16, 255, 4096, 65_537 })
        {
            request.Append(CultureInfo.InvariantCulture, $"{chunk:x}\r\n").Append('u', chunk).Append("\r\n");
            expected += chunk;
        }

        await client.SendAsync(request.Append("0\r\n\r\n").ToString());
        var response = await client.ReadResponseAsync();

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), response.Body);
    }

    [Fact]
    public async Task A_content_length_over_the_body_limit_is_refused_before_the_body_is_read()
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 30000001\r\n\r\n");
        var response = await client.ReadResponseAsync();

        Assert.Equal(413, response.StatusCode);
        Assert.Equal("close", response.Header("Connection"));
        Assert.True(await client.IsClosedByServerAsync());
    }

    [Fact]
    public async Task A_chunked_upload_past_the_body_limit_is_refused_and_closed()
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);
        var chunk = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{1 << 20:x}\r\n").Append('u', 1 << 20).Append("\r\n").ToString();

        await client.SendAsync("POST /upload HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n");
        try
        {
            for (var sent = 0; sent <= 30; sent++)
            {
                await client.SendAsync(chunk);
            }
        }
        catch (Exception exception) when (exception is IOException or System.Net.Sockets.SocketException)
        {
            // The server may refuse the body before all of it is sent; its answer is still there to read.
        }

        var response = await client.ReadResponseAsync();

        Assert.Equal(413, response.StatusCode);
        Assert.Equal("close", response.Header("Connection"));
    }

    [Fact]
    public async Task An_empty_upload_is_zero_bytes()
    {
        using var response = await _client.PostAsync("/upload", new ByteArrayContent([]));

        Assert.Equal("0", await response.Content.ReadAsStringAsync());
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

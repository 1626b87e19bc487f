using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace MiniHttp.Tests.StaticFiles;

/// <summary>
/// <see cref="StaticFileMapping.CompressOnTheFly"/>: a compressible file with no sibling for the request's coding,
/// compressed for it with the server's compression options.
/// </summary>
public sealed class OnTheFlyCompressionTests
{
    // Over CompressionOptions.MinimumSize (1024 bytes), and text that codes to far fewer bytes.
    private static readonly string s_stylesheet = string.Concat(Enumerable.Range(0, 200).Select(i => $".c{i}{{color:red}}\n"));

    [Theory]
    [InlineData("br;q=1, gzip;q=0.8", "br")]
    [InlineData("gzip", "gzip")]
    public async Task Compresses_a_file_with_no_sibling_in_the_coding_the_client_takes(string acceptEncoding, string coding)
    {
        await using var site = StaticSite.Start(compressOnTheFly: true);
        site.Files.Write("big.css", s_stylesheet);
        await using var client = await site.ConnectAsync();

        var response = await client.RequestAsync("/static/big.css", $"Accept-Encoding: {acceptEncoding}\r\n");

        Assert.Equal(200, response.Status);
        Assert.Equal(coding, response["Content-Encoding"]);
        Assert.Equal("Accept-Encoding", response["Vary"]);
        Assert.Equal("text/css", response["Content-Type"]);
        Assert.True(response.Body.Length < Encoding.UTF8.GetByteCount(s_stylesheet), $"{response.Body.Length} bytes");
        Assert.Equal(s_stylesheet, Decode(coding, response.Body));
    }

    [Fact]
    public async Task The_coded_response_has_its_own_entity_tag_and_validates_alone()
    {
        await using var site = StaticSite.Start(compressOnTheFly: true);
        site.Files.Write("big.css", s_stylesheet);
        await using var client = await site.ConnectAsync();
        var plain = await client.RequestAsync("/static/big.css");
        var brotli = await client.RequestAsync("/static/big.css", "Accept-Encoding: br\r\n");

        var plainTagForBrotli = await client.RequestAsync("/static/big.css", $"Accept-Encoding: br\r\nIf-None-Match: {plain["ETag"]}\r\n");
        var brotliTag = await client.RequestAsync("/static/big.css", $"Accept-Encoding: br\r\nIf-None-Match: {brotli["ETag"]}\r\n");
        var brotliTagForPlain = await client.RequestAsync("/static/big.css", $"If-None-Match: {brotli["ETag"]}\r\n");

        Assert.Null(plain["Content-Encoding"]);
        Assert.Equal("br", brotli["Content-Encoding"]);
        Assert.NotEqual(plain["ETag"], brotli["ETag"]);
        Assert.Equal((200, "br"), (plainTagForBrotli.Status, plainTagForBrotli["Content-Encoding"]));
        Assert.Equal((304, brotli["ETag"]), (brotliTag.Status, brotliTag["ETag"]));
        Assert.Equal("Accept-Encoding", brotliTag["Vary"]);
        Assert.Equal((200, s_stylesheet), (brotliTagForPlain.Status, brotliTagForPlain.Text));
    }

    [Fact]
    public async Task A_range_request_is_answered_from_the_file_as_it_is()
    {
        await using var site = StaticSite.Start(compressOnTheFly: true);
        site.Files.Write("big.css", s_stylesheet);
        await using var client = await site.ConnectAsync();

        var response = await client.RequestAsync("/static/big.css", "Accept-Encoding: br, gzip\r\nRange: bytes=0-9\r\n");

        Assert.Equal(206, response.Status);
        Assert.Null(response["Content-Encoding"]);
        Assert.Equal(s_stylesheet[..10], response.Text);
    }

    [Fact]
    public async Task A_file_under_the_minimum_size_and_a_type_that_does_not_compress_are_sent_as_they_are()
    {
        // 840 bytes, under CompressionOptions.MinimumSize, that would code to far fewer.
        var smallStylesheet = string.Concat(Enumerable.Repeat(".a{color:red}\n", 60));
        await using var site = StaticSite.Start(compressOnTheFly: true);
        site.Files.Write("small.css", smallStylesheet);
        site.Files.Write("big.png", s_stylesheet);
        await using var client = await site.ConnectAsync();

        var small = await client.RequestAsync("/static/small.css", "Accept-Encoding: br, gzip\r\n");
        var image = await client.RequestAsync("/static/big.png", "Accept-Encoding: br, gzip\r\n");

        Assert.Equal((200, null, smallStylesheet), (small.Status, small["Content-Encoding"], small.Text));
        Assert.Equal("Accept-Encoding", small["Vary"]);
        Assert.Equal((200, null, s_stylesheet), (image.Status, image["Content-Encoding"], image.Text));
        Assert.Null(image["Vary"]);
    }

    [Fact]
    public async Task A_sibling_is_sent_rather_than_compressing()
    {
        await using var site = StaticSite.Start(compressOnTheFly: true);
        site.Files.Write("app.js", s_stylesheet);
        await using var client = await site.ConnectAsync();

        var brotli = await client.RequestAsync("/static/app.js", "Accept-Encoding: br\r\n");
        var gzipOnly = await client.RequestAsync("/static/only-gz.js", "Accept-Encoding: br, gzip\r\n");

        Assert.Equal(("br", "BROTLI-BYTES"), (brotli["Content-Encoding"], brotli.Text));
        Assert.Equal(("gzip", "GZ"), (gzipOnly["Content-Encoding"], gzipOnly.Text));
    }

    [Fact]
    public async Task HEAD_announces_the_coded_length_without_a_body()
    {
        await using var site = StaticSite.Start(compressOnTheFly: true);
        site.Files.Write("big.css", s_stylesheet);
        await using var client = await site.ConnectAsync();

        var get = await client.RequestAsync("/static/big.css", "Accept-Encoding: gzip\r\n");
        var head = await client.RequestAsync("/static/big.css", "Accept-Encoding: gzip\r\n", method: "HEAD");

        Assert.Equal(get.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), head["Content-Length"]);
        Assert.Equal(("gzip", get["ETag"]), (head["Content-Encoding"], head["ETag"]));
        Assert.Empty(head.Body);
    }

    [Fact]
    public async Task Off_unless_the_mapping_asks_for_it()
    {
        await using var site = StaticSite.Start();
        site.Files.Write("big.css", s_stylesheet);
        await using var client = await site.ConnectAsync();

        var response = await client.RequestAsync("/static/big.css", "Accept-Encoding: br, gzip\r\n");

        Assert.Equal((200, null, s_stylesheet), (response.Status, response["Content-Encoding"], response.Text));
    }

    private static string Decode(string coding, byte[] body)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

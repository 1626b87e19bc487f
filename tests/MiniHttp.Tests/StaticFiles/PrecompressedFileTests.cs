using System.Threading.Tasks;

namespace MiniHttp.Tests.StaticFiles;

/// <summary>The <c>.br</c> and <c>.gz</c> siblings of a file, chosen by Accept-Encoding (RFC 9110, section 12.5.3).</summary>
public sealed class PrecompressedFileTests
{
    [Theory]
    [InlineData("br;q=1, gzip;q=0.8", "br", "BROTLI-BYTES")]
    [InlineData("gzip, br", "br", "BROTLI-BYTES")]
    [InlineData("gzip", "gzip", "GZIP-BYTES")]
    [InlineData("br;q=0, gzip", "gzip", "GZIP-BYTES")]
    [InlineData("identity", null, "console.log('app');")]
    [InlineData("*;q=0, identity", null, "console.log('app');")]
    [InlineData("deflate", null, "console.log('app');")]
    public async Task Chooses_the_sibling_the_client_prefers(string acceptEncoding, string? coding, string body)
    {
        await using var site = StaticSite.Start();
        await using var client = await site.ConnectAsync();

        var response = await client.RequestAsync("/static/app.js", $"Accept-Encoding: {acceptEncoding}\r\n");

        Assert.Equal(200, response.Status);
        Assert.Equal(coding, response["Content-Encoding"]);
        Assert.Equal(body, response.Text);
        Assert.Equal("text/javascript", response["Content-Type"]);
        Assert.Equal("Accept-Encoding", response["Vary"]);
    }

    [Fact]
    public async Task Each_sibling_has_its_own_entity_tag_and_validates_alone()
    {
        await using var site = StaticSite.Start();
        await using var client = await site.ConnectAsync();
        var plain = await client.RequestAsync("/static/app.js");
        var brotli = await client.RequestAsync("/static/app.js", "Accept-Encoding: br\r\n");

        var plainTagForBrotli = await client.RequestAsync("/static/app.js", $"Accept-Encoding: br\r\nIf-None-Match: {plain["ETag"]}\r\n");
        var brotliTag = await client.RequestAsync("/static/app.js", $"Accept-Encoding: br\r\nIf-None-Match: {brotli["ETag"]}\r\n");

        Assert.NotEqual(plain["ETag"], brotli["ETag"]);
        Assert.Equal(200, plainTagForBrotli.Status);
        Assert.Equal(304, brotliTag.Status);
    }

    [Fact]
    public async Task A_missing_sibling_falls_back_to_the_other_or_the_file()
    {
        await using var site = StaticSite.Start();
        await using var client = await site.ConnectAsync();

        var gzipOnly = await client.RequestAsync("/static/only-gz.js", "Accept-Encoding: br, gzip\r\n");
        var none = await client.RequestAsync("/static/css/site.css", "Accept-Encoding: br, gzip\r\n");
        var image = await client.RequestAsync("/static/logo.png", "Accept-Encoding: br, gzip\r\n");

        Assert.Equal(("gzip", "GZ"), (gzipOnly["Content-Encoding"], gzipOnly.Text));
        Assert.Equal((null, "body{color:red}"), (none["Content-Encoding"], none.Text));
        Assert.Null(image["Vary"]);
    }
}

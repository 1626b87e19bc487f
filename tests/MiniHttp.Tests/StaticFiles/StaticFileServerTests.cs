using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;

namespace MiniHttp.Tests.StaticFiles;

/// <summary>Files served from disk over loopback: heads, bodies, HEAD, missing files, methods, pipelining, changes on disk.</summary>
public sealed class StaticFileServerTests
{
    [Fact]
    public async Task Serves_a_file_with_its_type_length_and_validators()
    {
        await using var site = StaticSite.Start();
        await using var client = await site.ConnectAsync();

        var response = await client.RequestAsync("/static/css/site.css");

        Assert.Equal(200, response.Status);
        Assert.Equal("body{color:red}", response.Text);
        Assert.Equal("text/css", response["Content-Type"]);
        Assert.Equal("15", response["Content-Length"]);
        Assert.Equal("bytes", response["Accept-Ranges"]);
        Assert.Equal("nosniff", response["X-Content-Type-Options"]);
        Assert.Equal("Accept-Encoding", response["Vary"]);
        Assert.Matches("^\"[0-9a-f]+-f\"$", response["ETag"]);
        Assert.Equal(File.GetLastWriteTimeUtc(Path.Combine(site.Files.Root, "css/site.css")).ToString("R"), response["Last-Modified"]);
        Assert.Null(response["Content-Encoding"]);
    }

    [Theory]
    [InlineData("/static/index.html", "text/html; charset=utf-8")]
    [InlineData("/static/app.js", "text/javascript")]
    [InlineData("/static/logo.png", "image/png")]
    [InlineData("/static/unknown.xyz", "application/octet-stream")]
    [InlineData("/static/caf%C3%A9.txt", "text/plain; charset=utf-8")]
    public async Task Names_the_type_by_extension_and_defaults_to_octet_stream(string target, string contentType)
    {
        await using var site = StaticSite.Start();
        await using var client = await site.ConnectAsync();

        var response = await client.RequestAsync(target);

        Assert.Equal(200, response.Status);
        Assert.Equal(contentType, response["Content-Type"]);
    }

    [Fact]
    public async Task A_binary_file_is_sent_byte_for_byte_whatever_its_size()
    {
        await using var site = StaticSite.Start();
        foreach (var size in new[] { 0, 1, 64 * 1024, (64 * 1024) + 1, (1024 * 1024) + 123 })
        {
            var bytes = RandomNumberGenerator.GetBytes(size);
            File.WriteAllBytes(Path.Combine(site.Files.Root, $"blob{size}.bin"), bytes);
            await using var client = await site.ConnectAsync();

            var response = await client.RequestAsync($"/static/blob{size}.bin");

            Assert.Equal(200, response.Status);
            Assert.Equal(size.ToString(CultureInfo.InvariantCulture), response["Content-Length"]);
            Assert.True(bytes.AsSpan().SequenceEqual(response.Body), $"The {size}-byte body differs.");
        }
    }

    [Fact]
    public async Task Head_gets_the_get_head_without_a_body_and_the_connection_goes_on()
    {
        await using var site = StaticSite.Start();
        await using var client = await site.ConnectAsync();

        var get = await client.RequestAsync("/static/app.js");
        var head = await client.RequestAsync("/static/app.js", method: "HEAD");
        var next = await client.RequestAsync("/static/index.html");

        Assert.Equal(200, head.Status);
        Assert.Empty(head.Body);
        Assert.Equal(get.Fields.Where(f => f.Key != "Date"), head.Fields.Where(f => f.Key != "Date"));
        Assert.Equal("<h1>home</h1>", next.Text);
    }

    [Theory]
    [InlineData("/static/missing.js")]
    [InlineData("/static/css")]
    [InlineData("/static/css/")]
    [InlineData("/static/")]
    public async Task A_missing_file_or_a_directory_is_404(string target)
    {
        await using var site = StaticSite.Start();
        await using var client = await site.ConnectAsync();

        var response = await client.RequestAsync(target);
        var next = await client.RequestAsync("/static/app.js");

        Assert.Equal(404, response.Status);
        Assert.Equal(200, next.Status);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Other_methods_are_405_with_allow(string method)
    {
        await using var site = StaticSite.Start();
        await using var client = await site.ConnectAsync();

        await client.SendAsync($"{method} /static/app.js HTTP/1.1\r\nHost: test\r\nContent-Length: 0\r\n\r\n");
        var response = await client.ReadResponseAsync();

        Assert.Equal(405, response.Status);
        Assert.Equal("GET, HEAD", response["Allow"]);
    }

    [Fact]
    public async Task Paths_outside_the_prefix_reach_the_router()
    {
        await using var site = StaticSite.Start();
        await using var client = await site.ConnectAsync();

        Assert.Equal("/staticfile.js", (await client.RequestAsync("/staticfile.js")).Text);
        Assert.Equal("/static", (await client.RequestAsync("/static")).Text);
    }

    [Fact]
    public async Task Pipelined_requests_are_answered_in_order_large_files_among_them()
    {
        await using var site = StaticSite.Start();
        var large = RandomNumberGenerator.GetBytes(300 * 1024);
        File.WriteAllBytes(Path.Combine(site.Files.Root, "large.bin"), large);
        await using var client = await site.ConnectAsync();

        await client.SendAsync(
            "GET /static/app.js HTTP/1.1\r\nHost: t\r\n\r\n" +
            "GET /static/large.bin HTTP/1.1\r\nHost: t\r\n\r\n" +
            "HEAD /static/large.bin HTTP/1.1\r\nHost: t\r\n\r\n" +
            "GET /static/index.html HTTP/1.1\r\nHost: t\r\n\r\n");

        Assert.Equal("console.log('app');", (await client.ReadResponseAsync()).Text);
        var largeResponse = await client.ReadResponseAsync();
        Assert.Equal(large, largeResponse.Body);
        Assert.Equal("307200", (await client.ReadResponseAsync(hasBody: false))["Content-Length"]);
        Assert.Equal("<h1>home</h1>", (await client.ReadResponseAsync()).Text);
    }

    [Fact]
    public async Task A_file_replaced_on_disk_is_served_new_from_the_next_request()
    {
        await using var site = StaticSite.Start();
        await using var client = await site.ConnectAsync();
        var before = await client.RequestAsync("/static/app.js");

        site.Files.Write("app.js", "console.log('replaced, and longer');");
        File.SetLastWriteTimeUtc(Path.Combine(site.Files.Root, "app.js"), System.DateTime.UtcNow.AddMinutes(1));
        var after = await client.RequestAsync("/static/app.js");

        Assert.Equal("console.log('replaced, and longer');", after.Text);
        Assert.NotEqual(before["ETag"], after["ETag"]);
    }
}

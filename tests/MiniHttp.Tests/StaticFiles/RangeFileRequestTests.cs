using System;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;

namespace MiniHttp.Tests.StaticFiles;

/// <summary>RFC 9110, section 14 over the wire: 206 with Content-Range, 416, If-Range, and Range ignored but on GET.</summary>
public sealed class RangeFileRequestTests
{
    [Theory]
    [InlineData("bytes=0-3", 0, 4)]
    [InlineData("bytes=1000-", 1000, 99_000)]
    [InlineData("bytes=-10", 99_990, 10)]
    [InlineData("bytes=98000-200000", 98_000, 2_000)]
    [InlineData("bytes=0-", 0, 100_000)]
    public async Task One_range_is_206_with_exactly_those_bytes(string range, int start, int count)
    {
        await using var site = StaticSite.Start();
        var bytes = RandomNumberGenerator.GetBytes(100_000);
        File.WriteAllBytes(Path.Combine(site.Files.Root, "data.bin"), bytes);
        await using var client = await site.ConnectAsync();

        var response = await client.RequestAsync("/static/data.bin", $"Range: {range}\r\n");
        var next = await client.RequestAsync("/static/app.js");

        Assert.Equal(206, response.Status);
        Assert.Equal($"bytes {start}-{start + count - 1}/100000", response["Content-Range"]);
        Assert.Equal(count.ToString(CultureInfo.InvariantCulture), response["Content-Length"]);
        Assert.True(bytes.AsSpan(start, count).SequenceEqual(response.Body));
        Assert.Equal(200, next.Status);
    }

    [Fact]
    public async Task A_range_past_the_end_is_416_with_the_length()
    {
        await using var site = StaticSite.Start();
        await using var client = await site.ConnectAsync();

        var response = await client.RequestAsync("/static/app.js", "Range: bytes=500-600\r\n");
        var next = await client.RequestAsync("/static/app.js");

        Assert.Equal(416, response.Status);
        Assert.Equal("bytes */19", response["Content-Range"]);
        Assert.Equal("0", response["Content-Length"]);
        Assert.Equal(200, next.Status);
    }

    [Fact]
    public async Task If_range_naming_another_version_sends_the_whole_file()
    {
        await using var site = StaticSite.Start();
        await using var client = await site.ConnectAsync();
        var first = await client.RequestAsync("/static/app.js");

        var current = await client.RequestAsync("/static/app.js", $"Range: bytes=0-6\r\nIf-Range: {first["ETag"]}\r\n");
        var stale = await client.RequestAsync("/static/app.js", "Range: bytes=0-6\r\nIf-Range: \"stale\"\r\n");
        var byDate = await client.RequestAsync("/static/app.js", $"Range: bytes=0-6\r\nIf-Range: {first["Last-Modified"]}\r\n");

        Assert.Equal((206, "console"), (current.Status, current.Text));
        Assert.Equal((200, "console.log('app');"), (stale.Status, stale.Text));
        Assert.Equal(206, byDate.Status);
    }

    [Fact]
    public async Task Range_is_ignored_on_head_and_several_ranges_get_the_whole_file()
    {
        await using var site = StaticSite.Start();
        await using var client = await site.ConnectAsync();

        var head = await client.RequestAsync("/static/app.js", "Range: bytes=0-3\r\n", method: "HEAD");
        var several = await client.RequestAsync("/static/app.js", "Range: bytes=0-1, 4-5\r\n");

        Assert.Equal(200, head.Status);
        Assert.Equal("19", head["Content-Length"]);
        Assert.Equal((200, "console.log('app');"), (several.Status, several.Text));
    }
}

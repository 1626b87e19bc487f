using System.Threading.Tasks;

namespace MiniHttp.Tests.StaticFiles;

/// <summary>RFC 9110, section 13 over the wire: 304 without a body, 412, and the validators a 304 repeats.</summary>
public sealed class ConditionalFileRequestTests
{
    [Fact]
    public async Task If_none_match_with_the_current_tag_is_304_with_validators_and_no_body()
    {
        await using var site = StaticSite.Start();
        await using var client = await site.ConnectAsync();
        var first = await client.RequestAsync("/static/app.js");

        var response = await client.RequestAsync("/static/app.js", $"If-None-Match: \"x\", {first["ETag"]}\r\n");
        var next = await client.RequestAsync("/static/index.html");

        Assert.Equal(304, response.Status);
        Assert.Empty(response.Body);
        Assert.Null(response["Content-Length"]);
        Assert.Equal(first["ETag"], response["ETag"]);
        Assert.Equal(first["Last-Modified"], response["Last-Modified"]);
        Assert.Equal("Accept-Encoding", response["Vary"]);
        Assert.Equal("<h1>home</h1>", next.Text);
    }

    [Fact]
    public async Task If_modified_since_the_last_change_is_304_unless_if_none_match_says_otherwise()
    {
        await using var site = StaticSite.Start();
        await using var client = await site.ConnectAsync();
        var first = await client.RequestAsync("/static/app.js");

        var notModified = await client.RequestAsync("/static/app.js", $"If-Modified-Since: {first["Last-Modified"]}\r\n");
        var overridden = await client.RequestAsync("/static/app.js", $"If-None-Match: \"other\"\r\nIf-Modified-Since: {first["Last-Modified"]}\r\n");
        var head = await client.RequestAsync("/static/app.js", $"If-None-Match: {first["ETag"]}\r\n", method: "HEAD");

        Assert.Equal(304, notModified.Status);
        Assert.Equal(200, overridden.Status);
        Assert.Equal("console.log('app');", overridden.Text);
        Assert.Equal(304, head.Status);
    }

    [Theory]
    [InlineData("If-Match: \"other\"\r\n")]
    [InlineData("If-Unmodified-Since: Sat, 01 Jan 2000 00:00:00 GMT\r\n")]
    public async Task A_failed_precondition_is_412_and_the_connection_goes_on(string fields)
    {
        await using var site = StaticSite.Start();
        await using var client = await site.ConnectAsync();

        var response = await client.RequestAsync("/static/app.js", fields);
        var next = await client.RequestAsync("/static/app.js");

        Assert.Equal(412, response.Status);
        Assert.Equal("0", response["Content-Length"]);
        Assert.Equal(200, next.Status);
    }

    [Fact]
    public async Task If_match_with_the_current_tag_serves_the_file()
    {
        await using var site = StaticSite.Start();
        await using var client = await site.ConnectAsync();
        var first = await client.RequestAsync("/static/app.js");

        var response = await client.RequestAsync("/static/app.js", $"If-Match: {first["ETag"]}\r\n");

        Assert.Equal(200, response.Status);
        Assert.Equal(first.Body, response.Body);
    }
}

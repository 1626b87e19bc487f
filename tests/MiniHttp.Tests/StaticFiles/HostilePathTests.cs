using System.Threading.Tasks;

namespace MiniHttp.Tests.StaticFiles;

/// <summary>
/// Request targets that try to leave the static root or reach what it hides, sent as raw bytes. Under the prefix each is
/// refused (<c>404</c>, the secret never sent); elsewhere the catch-all router is handed the normalized path, never a dot
/// segment.
/// </summary>
public sealed class HostilePathTests
{
    public static TheoryData<string> Targets => new()
    {
        "/static/../secret.txt",
        "/static/../../secret.txt",
        "/static/css/../../secret.txt",
        "/static/%2e%2e/secret.txt",
        "/static/%2E%2E/%2e%2e/secret.txt",
        "/static/.%2e/secret.txt",
        "/static/..%2fsecret.txt",
        "/static/..%2Fsecret.txt",
        "/static/..%5csecret.txt",
        "/static/..\\secret.txt",
        "/static/%252e%252e/secret.txt",
        "/static/%c0%ae%c0%ae/secret.txt",
        "/static/%e0%80%ae%e0%80%ae/secret.txt",
        "/static/.env",
        "/static/%2eenv",
        "/static/.git/config",
        "/static/app.js%00.png",
        "/static/outside-link.txt",
        "/static/outside-dir/secret.txt",
        "/static/./.././secret.txt",
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Nothing_outside_the_root_or_hidden_is_ever_served(string target)
    {
        await using var site = StaticSite.Start();
        await using var client = await site.ConnectAsync();

        var response = await client.RequestAsync(target);
        var next = await client.RequestAsync("/static/app.js");

        Assert.DoesNotContain("outside", response.Text);
        Assert.DoesNotContain("SECRET", response.Text);
        Assert.DoesNotContain("[core]", response.Text);
        Assert.True(response.Status == 404 || (response.Status == 200 && !response.Text.Contains("..")), $"{target}: {response.Status} {response.Text}");
        Assert.Equal(200, next.Status);
    }

    [Theory]
    [InlineData("/files/../../etc/passwd", "/etc/passwd")]
    [InlineData("/files/%2e%2e/%2e%2e/etc/passwd", "/etc/passwd")]
    [InlineData("/files/a/./b/../c", "/files/a/c")]
    [InlineData("/files/..%2f..%2fetc/passwd", "/files/..%2f..%2fetc/passwd")]
    [InlineData("/%66iles/x", "/files/x")]
    [InlineData("/..", "/")]
    public async Task A_catch_all_route_sees_the_normalized_path(string target, string path)
    {
        await using var site = StaticSite.Start();
        await using var client = await site.ConnectAsync();

        var response = await client.RequestAsync(target);

        Assert.Equal(200, response.Status);
        Assert.Equal(path, response.Text);
    }
}

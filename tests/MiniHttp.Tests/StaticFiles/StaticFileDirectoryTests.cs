using System;
using System.IO;
using System.Text;
using MiniHttp.StaticFiles;

namespace MiniHttp.Tests.StaticFiles;

/// <summary>
/// Which request paths under a prefix name a file, and which are refused: the hostile-path corpus at the mapping's
/// level (the server normalizes dot segments before it, which <see cref="StaticFileServerTests"/> covers end to end).
/// </summary>
public sealed class StaticFileDirectoryTests : IDisposable
{
    private readonly StaticRoot _site = new();
    private readonly StaticFileDirectory _directory;

    public StaticFileDirectoryTests() => _directory = new StaticFileDirectory(new StaticFileMapping("/static", _site.Root));

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("/static/app.js", "app.js")]
    [InlineData("/static/css/site.css", "css/site.css")]
    [InlineData("/static/caf%C3%A9.txt", "caf\u00e9.txt")]
    [InlineData("/static/inside-link.css", "inside-link.css")]
    [InlineData("/static/%61pp.js", "app.js")]
    public void Resolves_files_under_the_root(string path, string relative)
    {
        Assert.True(_directory.TryResolve(Encoding.UTF8.GetBytes(path), out var fullPath));
        Assert.Equal(Path.Combine(_site.Root, relative), fullPath);
    }

    [Theory]
    [InlineData("/static/.env")]
    [InlineData("/static/.git/config")]
    [InlineData("/static/%2eenv")]
    [InlineData("/static/css%2Fsite.css")]
    [InlineData("/static/css%2fsite.css")]
    [InlineData("/static/css%5Csite.css")]
    [InlineData("/static/css\\site.css")]
    [InlineData("/static/..%2F..%2Fsecret.txt")]
    [InlineData("/static/%2e%2e/secret.txt")]
    [InlineData("/static/app.js%00.png")]
    [InlineData("/static/app.js%0a")]
    [InlineData("/static/%C0%AE%C0%AE/secret.txt")]
    [InlineData("/static/%E0%80%AF")]
    [InlineData("/static/%FF")]
    [InlineData("/static/css/")]
    [InlineData("/static/css//site.css")]
    [InlineData("/static/c:/windows")]
    [InlineData("/static/outside-link.txt")]
    [InlineData("/static/outside-dir/secret.txt")]
    [InlineData("/static/%zz")]
    public void Refuses_hostile_paths(string path) => Assert.False(_directory.TryResolve(Encoding.UTF8.GetBytes(path), out _));

    [Theory]
    [InlineData("/static/app.js", true)]
    [InlineData("/static", false)]
    [InlineData("/static/", true)]
    [InlineData("/staticfile.js", false)]
    [InlineData("/other/app.js", false)]
    public void Covers_only_paths_below_its_prefix(string path, bool expected) =>
        Assert.Equal(expected, _directory.Covers(Encoding.UTF8.GetBytes(path)));

    [Fact]
    public void The_site_root_mapping_covers_every_path()
    {
        var site = new StaticFileDirectory(new StaticFileMapping("/", _site.Root));
        Assert.True(site.Covers("/app.js"u8));
        Assert.True(site.TryResolve("/app.js"u8, out var fullPath));
        Assert.Equal(Path.Combine(_site.Root, "app.js"), fullPath);
    }

    [Theory]
    [InlineData("static")]
    [InlineData("/static/")]
    [InlineData("")]
    public void Refuses_a_malformed_prefix(string requestPath) =>
        Assert.Throws<ArgumentException>(() => new StaticFileDirectory(new StaticFileMapping(requestPath, _site.Root)));

    [Fact]
    public void Refuses_a_missing_root() =>
        Assert.Throws<DirectoryNotFoundException>(() => new StaticFileDirectory(new StaticFileMapping("/s", Path.Combine(_site.Parent, "nope"))));
}

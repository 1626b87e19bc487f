using System.Text;
using MiniHttp.Parsing;

namespace MiniHttp.Tests.StaticFiles;

/// <summary>RFC 3986, section 5.2.4 (remove_dot_segments) after section 6.2.2.2 (decoding unreserved characters).</summary>
public sealed class PathNormalizerTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/a/b/c", "/a/b/c")]
    [InlineData("/a/./b", "/a/b")]
    [InlineData("/a/../b", "/b")]
    [InlineData("/a/b/..", "/a/")]
    [InlineData("/a/b/.", "/a/b/")]
    [InlineData("/a/b/../..", "/")]
    [InlineData("/..", "/")]
    [InlineData("/../../etc/passwd", "/etc/passwd")]
    [InlineData("/static/../../etc/passwd", "/etc/passwd")]
    [InlineData("/a/.../b", "/a/.../b")]
    [InlineData("/a/..b/c", "/a/..b/c")]
    [InlineData("/a/.b/c", "/a/.b/c")]
    [InlineData("/a//b/../c", "/a//c")]
    [InlineData("/a/b/c/./../../g", "/a/g")]
    [InlineData("/mid/content=5/../6", "/mid/6")]
    public void Removes_dot_segments(string path, string expected) => AssertNormalizes(path, expected);

    [Theory]
    [InlineData("/%2e%2e/etc/passwd", "/etc/passwd")]
    [InlineData("/%2E%2E/%2e%2E/etc/passwd", "/etc/passwd")]
    [InlineData("/static/%2e/app.js", "/static/app.js")]
    [InlineData("/a/.%2e/b", "/b")]
    [InlineData("/%61%62c", "/abc")]
    [InlineData("/%7euser", "/~user")]
    public void Decodes_unreserved_characters_before_removing_dot_segments(string path, string expected) => AssertNormalizes(path, expected);

    [Theory]
    [InlineData("/a%2Fb/../c", "/c")]
    [InlineData("/..%2F..%2Fetc", "/..%2F..%2Fetc")]
    [InlineData("/a/%2e%2e%2fb", "/a/..%2fb")]
    [InlineData("/%00", "/%00")]
    [InlineData("/%25%32%65", "/%252e")]
    [InlineData("/a%", "/a%")]
    [InlineData("/a%2", "/a%2")]
    [InlineData("/a%zz", "/a%zz")]
    public void Leaves_reserved_and_malformed_encodings_alone(string path, string expected) => AssertNormalizes(path, expected);

    [Theory]
    [InlineData("/baseline11", false)]
    [InlineData("/static/app.js", false)]
    [InlineData("/a/.b", false)]
    [InlineData("/a..", false)]
    [InlineData("/a/.", true)]
    [InlineData("/a/./b", true)]
    [InlineData("/a/..", true)]
    [InlineData("/%41", true)]
    public void Says_which_paths_need_normalizing(string path, bool expected) =>
        Assert.Equal(expected, PathNormalizer.NeedsNormalizing(Encoding.ASCII.GetBytes(path)));

    [Fact]
    public void Normalizes_in_place()
    {
        var path = Encoding.ASCII.GetBytes("/a/b/%2e%2e/./c");
        var length = PathNormalizer.Normalize(path, path);
        Assert.Equal("/a/c", Encoding.ASCII.GetString(path, 0, length));
    }

    [Fact]
    public void A_normalized_path_stays_as_it_is()
    {
        foreach (var path in new[] { "/a/../b/./c/..", "/%2e%2e/x", "/x/y/" })
        {
            var once = Normalize(path);
            Assert.Equal(once, Normalize(once));
        }
    }

    private static void AssertNormalizes(string path, string expected)
    {
        Assert.Equal(expected, Normalize(path));
        Assert.True(PathNormalizer.NeedsNormalizing(Encoding.ASCII.GetBytes(path)) || path == expected);
    }

    private static string Normalize(string path)
    {
        var bytes = Encoding.ASCII.GetBytes(path);
        var destination = new byte[bytes.Length];
        return Encoding.ASCII.GetString(destination, 0, PathNormalizer.Normalize(bytes, destination));
    }
}

using System.Text;
using MiniHttp.Routing;

namespace MiniHttp.Generators.Tests.Routing;

/// <summary>Taking a path apart for the template matchers: raw segments between slashes, and the rest for a catch-all.</summary>
public sealed class PathSegmentsTests
{
    [Fact]
    public void Segments_are_taken_left_to_right_until_the_path_is_used_up()
    {
        var segments = new PathSegments("/users/a%2Fb/orders"u8);

        Assert.True(segments.TryTakeLiteral("users"u8));
        Assert.True(segments.TryTakeValue(out var value));
        Assert.Equal("a%2Fb", Encoding.ASCII.GetString(value));
        Assert.False(segments.IsEnd);
        Assert.True(segments.TryTakeLiteral("orders"u8));
        Assert.True(segments.IsEnd);
        Assert.False(segments.TryTakeValue(out _));
    }

    [Fact]
    public void A_literal_must_be_the_whole_segment()
    {
        Assert.False(new PathSegments("/users2"u8).TryTakeLiteral("users"u8));
        Assert.False(new PathSegments("/user"u8).TryTakeLiteral("users"u8));
        Assert.False(new PathSegments("/Users"u8).TryTakeLiteral("users"u8));
    }

    [Fact]
    public void A_value_is_never_empty()
    {
        var segments = new PathSegments("/users/"u8);

        Assert.True(segments.TryTakeLiteral("users"u8));
        Assert.False(segments.TryTakeValue(out _));
    }

    [Fact]
    public void A_trailing_slash_leaves_an_empty_segment_so_the_path_is_not_used_up()
    {
        var segments = new PathSegments("/users/"u8);

        Assert.True(segments.TryTakeLiteral("users"u8));
        Assert.False(segments.IsEnd);
    }

    [Theory]
    [InlineData("/files/a/b/c", "a/b/c")]
    [InlineData("/files/", "")]
    [InlineData("/files//x", "/x")]
    public void The_rest_is_everything_after_the_next_slash(string path, string rest)
    {
        var segments = new PathSegments(Encoding.ASCII.GetBytes(path));

        Assert.True(segments.TryTakeLiteral("files"u8));
        Assert.True(segments.TryTakeRest(out var taken));
        Assert.Equal(rest, Encoding.ASCII.GetString(taken));
        Assert.True(segments.IsEnd);
    }

    [Fact]
    public void There_is_no_rest_after_the_last_segment()
    {
        var segments = new PathSegments("/files"u8);

        Assert.True(segments.TryTakeLiteral("files"u8));
        Assert.False(segments.TryTakeRest(out _));
    }
}

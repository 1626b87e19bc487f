using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>
/// <c>OPTIONS</c> on a known path answers <c>204</c> with the path's <c>Allow</c>; <c>OPTIONS *</c> with every method
/// the application serves (RFC 9110, section 9.3.7). A <c>405</c> lists the same methods as <c>OPTIONS</c> would.
/// </summary>
public sealed class OptionsTests
{
    [Theory]
    [InlineData("/baseline11", "GET, HEAD, POST, OPTIONS")]
    [InlineData("/pipeline", "GET, HEAD, OPTIONS")]
    [InlineData("/echo", "POST, OPTIONS")]
    [InlineData("/items", "PUT, DELETE, PATCH, OPTIONS, PURGE")]
    [InlineData("/pipeline?x=1", "GET, HEAD, OPTIONS")]
    [InlineData("/users/5", "GET, HEAD, DELETE, OPTIONS")]
    public void Options_on_a_known_path_is_no_content_with_the_paths_methods(string target, string allow)
    {
        Assert.Equal(Wire.NoContent(allow), Wire.Dispatch(RequestMethod.Options, target));
    }

    [Theory]
    [InlineData("/baseline11", "GET, HEAD, POST, OPTIONS")]
    [InlineData("/pipeline", "GET, HEAD, OPTIONS")]
    [InlineData("/echo", "POST, OPTIONS")]
    [InlineData("/items", "PUT, DELETE, PATCH, OPTIONS, PURGE")]
    [InlineData("/explicit", "GET, HEAD, OPTIONS")]
    [InlineData("/users/5", "GET, HEAD, DELETE, OPTIONS")]
    public void A_405_allows_exactly_what_options_lists(string path, string allow)
    {
        Assert.Equal(Wire.MethodNotAllowed(allow), Wire.Dispatch("TRACE", path));
    }

    [Fact]
    public void Options_on_an_unknown_path_is_not_found()
    {
        Assert.Equal(Wire.NotFound, Wire.Dispatch(RequestMethod.Options, "/nowhere"));
    }

    [Fact]
    public void A_handler_declared_for_options_answers_it()
    {
        Assert.Equal(Wire.Ok("options"), Wire.Dispatch(RequestMethod.Options, "/explicit"));
    }

    [Fact]
    public void Options_asterisk_lists_every_method_the_app_serves()
    {
        Assert.Equal(
            Wire.NoContent("GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS, PURGE"),
            Wire.Dispatch(RequestMethod.Options, "*"));
    }

    [Fact]
    public void Any_other_method_on_asterisk_is_not_allowed()
    {
        Assert.Equal(Wire.MethodNotAllowed("OPTIONS"), Wire.Dispatch(RequestMethod.Get, "*"));
        Assert.Equal(Wire.HeadOf(Wire.MethodNotAllowed("OPTIONS")), Wire.Dispatch(RequestMethod.Head, "*"));
    }
}

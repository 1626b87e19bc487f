using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>Which handler the generated router picks for a path and method, and what it answers when none fits.</summary>
public sealed class RoutingTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/nowhere")]
    [InlineData("/pipelinE")]
    [InlineData("/pipeline/")]
    [InlineData("/pipelin")]
    [InlineData("/baseline12")]
    [InlineData("//pipeline")]
    [InlineData("/%2Fpipeline")]
    [InlineData("/pipeline/.")]
    public void A_path_no_route_has_exactly_is_not_found(string path)
    {
        Assert.Equal(Wire.NotFound, Wire.Dispatch(RequestMethod.Get, path));
    }

    [Theory]
    [InlineData("/%70ipeline")]
    [InlineData("/%70%69%70%65%6C%69%6E%65")]
    [InlineData("/x/../pipeline")]
    [InlineData("/./pipeline")]
    [InlineData("/../pipeline")]
    [InlineData("/nowhere/%2e%2e/pipeline")]
    public void A_path_is_routed_in_its_normalized_form(string path)
    {
        // Over a real connection only: the server normalizes the path as it reads the request, before the router.
        Assert.Equal(Wire.Ok("ok"), Loopback.Exchange("GET", path, headers: string.Empty, []));
    }

    [Theory]
    [InlineData(RequestMethod.Put, "/baseline11", "GET, HEAD, POST, OPTIONS")]
    [InlineData(RequestMethod.Delete, "/baseline11", "GET, HEAD, POST, OPTIONS")]
    [InlineData(RequestMethod.Post, "/pipeline", "GET, HEAD, OPTIONS")]
    [InlineData(RequestMethod.Other, "/pipeline", "GET, HEAD, OPTIONS")]
    [InlineData(RequestMethod.Get, "/echo", "POST, OPTIONS")]
    [InlineData(RequestMethod.Put, "/long", "GET, HEAD, POST, OPTIONS")]
    public void A_known_path_with_another_method_is_not_allowed_and_lists_the_paths_methods(RequestMethod method, string path, string allow)
    {
        Assert.Equal(Wire.MethodNotAllowed(allow), Wire.Dispatch(method, path));
    }

    [Fact]
    public void The_same_path_dispatches_on_the_method()
    {
        Assert.Equal(Wire.Ok("-5"), Wire.Dispatch(RequestMethod.Get, "/long?value=5"));
        Assert.Equal(Wire.Ok("7"), Wire.Dispatch(RequestMethod.Post, "/long?value=5", "2"));
    }

    [Theory]
    [InlineData("/first")]
    [InlineData("/second")]
    public void A_handler_with_two_routes_answers_both(string path)
    {
        Assert.Equal(Wire.Ok("1"), Wire.Dispatch(RequestMethod.Get, path));
    }

    [Fact]
    public void The_query_plays_no_part_in_choosing_the_route()
    {
        Assert.Equal(Wire.Ok("ok"), Wire.Dispatch(RequestMethod.Get, "/pipeline?x=1"));
    }
}

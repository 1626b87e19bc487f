namespace MiniHttp.Filters.Tests;

/// <summary>Route groups over a real connection: the prefixes composed into the routes, nested ones outermost first.</summary>
public sealed class RouteGroupTests : System.IDisposable
{
    private readonly FilteredServer _server = new();

    [Theory]
    [InlineData("/todos", "all todos")]
    [InlineData("/todos/7", "todo 7")]
    [InlineData("/api/tenants/acme/items/5", "acme item 5")]
    public void A_groups_prefix_is_part_of_each_of_its_routes(string target, string body)
    {
        var response = _server.Exchange("GET", target);

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", response, System.StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n" + body, response, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/todos/")]
    [InlineData("/7")]
    [InlineData("/items/5")]
    [InlineData("/tenants/acme/items/5")]
    public void Without_the_prefix_or_with_more_the_route_is_not_found(string target)
    {
        Assert.StartsWith("HTTP/1.1 404 Not Found\r\n", _server.Exchange("GET", target), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_template_lists_its_methods_as_any_route_does()
    {
        Assert.Equal(
            "HTTP/1.1 204 No Content\r\nServer: MiniHttp\r\nDate: (date)\r\nAllow: GET, HEAD, DELETE, OPTIONS\r\nX-Trace: hooks\r\n\r\n",
            _server.Exchange("OPTIONS", "/todos/7"));
    }

    public void Dispose() => _server.Dispose();
}

namespace MiniHttp.Filters.Tests;

/// <summary>
/// Route filters over a real connection: they run after the request hooks, the groups' before the method's, and one that
/// answers keeps the handler from running.
/// </summary>
public sealed class RouteFilterTests : System.IDisposable
{
    private const string Unauthorized =
        "HTTP/1.1 401 Unauthorized\r\nServer: MiniHttp\r\nDate: (date)\r\nWWW-Authenticate: ApiKey\r\nX-Trace: hooks\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 24\r\n\r\nMissing or wrong API key";

    private readonly FilteredServer _server = new();

    [Fact]
    public void A_filter_that_answers_keeps_the_handler_from_running()
    {
        var removedBefore = TodoRoutes.Removed;

        var missing = _server.Exchange("DELETE", "/todos/3");
        var wrong = _server.Exchange("DELETE", "/todos/3", "X-Api-Key: nope\r\n");

        Assert.Equal(Unauthorized, missing);
        Assert.Equal(Unauthorized, wrong);
        Assert.Equal(removedBefore, TodoRoutes.Removed);
    }

    [Fact]
    public void A_filter_that_lets_the_request_go_on_leaves_it_to_the_handler()
    {
        var removedBefore = TodoRoutes.Removed;

        var response = _server.Exchange("DELETE", "/todos/3", $"X-Api-Key: {FilteredServer.Key}\r\n");

        Assert.Equal(
            "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\nDate: (date)\r\nX-Trace: hooks\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 9\r\n\r\nremoved 3",
            response);
        Assert.Equal(removedBefore + 1, TodoRoutes.Removed);
    }

    [Fact]
    public void The_hooks_run_first_then_the_outer_groups_filters_then_the_inner_groups_then_the_methods()
    {
        var response = _server.Exchange("GET", "/api/tenants/acme/items/5");

        Assert.Equal(
            "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\nDate: (date)\r\n"
            + "X-Trace: hooks\r\nX-Trace: group\r\nX-Trace: nested\r\nX-Trace: method\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 11\r\n\r\nacme item 5",
            response);
    }

    [Fact]
    public void A_methods_filters_run_in_the_order_written_and_the_first_that_answers_ends_the_request()
    {
        var refused = _server.Exchange("GET", "/api/tenants/acme/secret");
        var allowed = _server.Exchange("GET", "/api/tenants/acme/secret", $"X-Api-Key: {FilteredServer.Key}\r\n");

        Assert.Equal(
            "HTTP/1.1 401 Unauthorized\r\nServer: MiniHttp\r\nDate: (date)\r\nWWW-Authenticate: ApiKey\r\n"
            + "X-Trace: hooks\r\nX-Trace: group\r\nX-Trace: nested\r\nX-Trace: method\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 24\r\n\r\nMissing or wrong API key",
            refused);
        Assert.EndsWith("X-Trace: method\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 11\r\n\r\nacme secret", allowed, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_head_request_refused_by_a_filter_gets_the_head_of_the_refusal()
    {
        var response = _server.Exchange("HEAD", "/api/tenants/acme/secret");

        Assert.Equal(Unauthorized.Replace("X-Trace: hooks\r\n", "X-Trace: hooks\r\nX-Trace: group\r\nX-Trace: nested\r\nX-Trace: method\r\n", System.StringComparison.Ordinal)[..^24], response);
    }

    [Theory]
    [InlineData("/api/tenants/acme/files/a/b%20c", 200, "acme file a/b c")]
    [InlineData("/api/tenants/other/files/a", 403, "Unknown tenant")]
    [InlineData("/api/tenants/ac%20me/files/a", 403, "Unknown tenant")]
    public void A_filter_reads_a_route_value_before_the_handler_binds_it(string target, int status, string body)
    {
        var response = _server.Exchange("GET", target);

        Assert.StartsWith($"HTTP/1.1 {status} ", response, System.StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n" + body, response, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Routes_without_filters_are_answered_with_the_hooks_headers_only()
    {
        Assert.Equal(
            "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\nDate: (date)\r\nX-Trace: hooks\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 9\r\n\r\nall todos",
            _server.Exchange("GET", "/todos"));
    }

    public void Dispose() => _server.Dispose();
}

using System.Linq;
using System.Text.RegularExpressions;

namespace MiniHttp.Hooks.Tests;

/// <summary>
/// The hooks <c>[assembly: RequestHooks]</c> names run around every request of a real server: before routing (and can
/// answer instead of it), and after the response, deferred ones included.
/// </summary>
public sealed class RequestHooksTests : System.IDisposable
{
    private readonly HookedServer _server = new();

    private AccessLogEntry[] AccessLog => [.. _server.Hooks.AccessLog];

    [Fact]
    public void A_request_is_answered_by_its_handler_and_logged_after_its_response()
    {
        using var connection = _server.Connect();

        var response = connection.Get("/hello");

        Assert.Equal((200, "hello"), (response.Status, response.Body));
        var entry = Assert.Single(AccessLog);
        Assert.Equal((RequestMethod.Get, "/hello", "/hello", 200), (entry.Method, entry.Path, entry.Route, entry.StatusCode));
    }

    [Fact]
    public void A_blocking_handler_is_answered_with_the_hooks_headers_and_logged_after_its_response()
    {
        using var connection = _server.Connect();

        var response = connection.Get("/blocking", $"Origin: {HookedServer.AllowedOrigin}\r\n");

        Assert.Equal((200, "blocked a while"), (response.Status, response.Body));
        Assert.Equal(HookedServer.AllowedOrigin, response.Header("Access-Control-Allow-Origin"));
        var entry = Assert.Single(AccessLog);
        Assert.Equal((RequestMethod.Get, "/blocking", "/blocking", 200), (entry.Method, entry.Path, entry.Route, entry.StatusCode));
    }

    [Fact]
    public void Headers_the_request_hook_adds_go_out_with_that_response_only()
    {
        using var connection = _server.Connect();

        var allowed = connection.Get("/hello", $"Origin: {HookedServer.AllowedOrigin}\r\n");
        var other = connection.Get("/hello", "Origin: https://elsewhere.example\r\n");
        var none = connection.Get("/hello");

        Assert.Equal(
            "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\nDate: (date)\r\n"
            + $"Access-Control-Allow-Origin: {HookedServer.AllowedOrigin}\r\nVary: Origin\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 5\r\n\r\n",
            Regex.Replace(allowed.Head, "Date: [^\r]+", "Date: (date)"));
        Assert.All([other, none], response => Assert.Null(response.Header("Access-Control-Allow-Origin")));
        Assert.All([allowed, other, none], response => Assert.Equal("hello", response.Body));
    }

    [Fact]
    public void A_request_hook_that_answers_keeps_the_handler_from_running_and_the_connection_open()
    {
        using var connection = _server.Connect();

        var refused = connection.Get("/admin/stats", $"Origin: {HookedServer.AllowedOrigin}\r\n");
        var allowed = connection.Get("/admin/stats", $"Authorization: Bearer {HookedServer.Token}\r\n");

        Assert.Equal((401, "Unauthorized", "Bearer"), (refused.Status, refused.Body, refused.Header("WWW-Authenticate")));
        Assert.Equal(HookedServer.AllowedOrigin, refused.Header("Access-Control-Allow-Origin"));
        Assert.Null(refused.Header("Connection"));
        Assert.Equal((200, "42"), (allowed.Status, allowed.Body));
        Assert.Equal([401, 200], AccessLog.Select(static entry => entry.StatusCode));
    }

    [Fact]
    public void Answers_without_a_handler_are_logged_too()
    {
        using var connection = _server.Connect();

        var notFound = connection.Get("/nope");
        connection.Send("DELETE /hello HTTP/1.1\r\nHost: localhost\r\n\r\n");
        var notAllowed = connection.Read();
        connection.Send("OPTIONS /hello HTTP/1.1\r\nHost: localhost\r\n\r\n");
        var options = connection.Read();

        Assert.Equal([404, 405, 204], new[] { notFound, notAllowed, options }.Select(static response => response.Status));
        Assert.Equal(
            [(RequestMethod.Get, "/nope", 404), (RequestMethod.Delete, "/hello", 405), (RequestMethod.Options, "/hello", 204)],
            AccessLog.Select(static entry => (entry.Method, entry.Path, entry.StatusCode)));
        Assert.All(AccessLog, static entry => Assert.Null(entry.Route));
    }

    [Fact]
    public void The_response_hook_of_a_deferred_response_runs_when_it_is_written()
    {
        using var connection = _server.Connect();
        connection.Send("GET /later HTTP/1.1\r\nHost: localhost\r\n\r\n");
        using var second = _server.Connect();
        Assert.Equal(200, second.Get("/hello").Status);

        // The first request's handler cannot have finished: only its own answer below completes it.
        Assert.Equal(["/hello"], AccessLog.Select(static entry => entry.Path));

        HookedRoutes.AnswerLater("done");
        var response = connection.Read();

        Assert.Equal((200, "done"), (response.Status, response.Body));
        Assert.Equal([("/hello", 200), ("/later", 200)], AccessLog.Select(static entry => (entry.Path, entry.StatusCode)));
    }

    [Fact]
    public void A_failing_handler_gets_a_500_with_the_hook_headers_and_no_response_hook()
    {
        using var connection = _server.Connect();

        var failed = connection.Get("/boom", $"Origin: {HookedServer.AllowedOrigin}\r\n");
        var next = connection.Get("/hello");

        Assert.Equal((500, "Internal Server Error"), (failed.Status, failed.Body));
        Assert.Equal(HookedServer.AllowedOrigin, failed.Header("Access-Control-Allow-Origin"));
        Assert.Equal((200, "hello"), (next.Status, next.Body));
        Assert.Equal(["/hello"], AccessLog.Select(static entry => entry.Path));
    }

    [Fact]
    public void A_header_value_that_could_split_the_response_fails_the_request_and_never_reaches_the_wire()
    {
        using var connection = _server.Connect();
        _server.Hooks.ExtraHeaderValue = "a\r\nSet-Cookie: stolen=1";

        var failed = connection.Get("/hello");
        _server.Hooks.ExtraHeaderValue = "fine";
        var next = connection.Get("/hello");

        Assert.Equal(500, failed.Status);
        Assert.Equal(0, failed.Count("Set-Cookie") + failed.Count("X-Extra"));
        Assert.Equal((200, "fine"), (next.Status, next.Header("X-Extra")));
        Assert.Equal(1, next.Count("X-Extra"));
    }

    [Fact]
    public void Pipelined_requests_run_the_hooks_in_order()
    {
        using var connection = _server.Connect();

        connection.Send(
            "GET /hello HTTP/1.1\r\nHost: localhost\r\n\r\n"
            + "GET /admin/stats HTTP/1.1\r\nHost: localhost\r\n\r\n"
            + "POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\n\r\npong"
            + "HEAD /hello HTTP/1.1\r\nHost: localhost\r\n\r\n");
        var responses = new[] { connection.Read(), connection.Read(), connection.Read(), connection.Read(isHead: true) };

        Assert.Equal([(200, "hello"), (401, "Unauthorized"), (200, "pong"), (200, "")], responses.Select(static response => (response.Status, response.Body)));
        Assert.Equal("5", responses[3].Header("Content-Length"));
        Assert.Equal(
            [(RequestMethod.Get, 200), (RequestMethod.Get, 401), (RequestMethod.Post, 200), (RequestMethod.Head, 200)],
            AccessLog.Select(static entry => (entry.Method, entry.StatusCode)));
    }

    public void Dispose() => _server.Dispose();
}

using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace MiniHttp.Hooks.Tests;

/// <summary>
/// Hooks that would answer a request twice put exactly one response on the wire: a request hook that answers and still
/// returns true, and a response hook that writes or adds a header. The refused write throws in the hook (or the route
/// after it), the server logs it, and the next request on the connection is answered.
/// </summary>
public sealed class OneResponseHooksTests : IDisposable
{
    private const string Unauthorized = "HTTP/1.1 401 Unauthorized\r\nServer: MiniHttp\r\nDate: (date)\r\nWWW-Authenticate: Bearer\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 12\r\n\r\nUnauthorized";

    private const string Hello = "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\nDate: (date)\r\nContent-Type: text/plain; charset=utf-8\r\n"
        + "Content-Length: 5\r\n\r\nhello";

    private const string HelloClosing = "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\nDate: (date)\r\nContent-Type: text/plain; charset=utf-8\r\n"
        + "Content-Length: 5\r\nConnection: close\r\n\r\nhello";

    private const string InResponseHook = "OnResponse runs once the request is answered: it may read the response (StatusCode, Route) "
        + "but neither write to it nor add headers. A request hook answers in OnRequest, and then returns false.";

    private readonly HookedServer _server = new();

    [Theory]
    [InlineData("POST", "/orders", "A response was already written for this request before its route ran")]
    [InlineData("GET", "/nope", "A response was already written for this request; a handler or request hook writes at most one.")]
    [InlineData("DELETE", "/hello", "A response was already written for this request; a handler or request hook writes at most one.")]
    public void A_request_hook_that_answers_and_goes_on_gets_its_answer_alone_and_no_handler_runs(string method, string path, string message)
    {
        var ordersBefore = HookedRoutes.OrdersPlaced;
        using var connection = _server.Connect();

        connection.Send($"{method} {path} HTTP/1.1\r\nHost: localhost\r\nX-Misbehave: AnswerAndGoOn\r\nContent-Length: 0\r\n\r\n" + LastHello);
        var received = Masked(connection.ReadToEnd());

        Assert.Equal(Unauthorized + HelloClosing, received);
        Assert.Equal(ordersBefore, HookedRoutes.OrdersPlaced);
        var error = Assert.Single(_server.Log.Errors);
        Assert.Equal($"The handler for {method} {path} threw an exception.", error.Message);
        Assert.StartsWith(message, Assert.IsType<InvalidOperationException>(error.Exception).Message, StringComparison.Ordinal);
        Assert.Equal(["/hello"], _server.Hooks.AccessLog.Select(static entry => entry.Path));
    }

    [Theory]
    [InlineData("/hello")]
    [InlineData("/gated/write-in-on-response")]
    [InlineData("/export")]
    public void A_response_hook_that_writes_is_refused_after_a_synchronous_a_deferred_or_a_streamed_response(string path)
    {
        using var connection = _server.Connect();

        connection.Send($"GET {path} HTTP/1.1\r\nHost: localhost\r\nX-Misbehave: WriteInOnResponse\r\n\r\n" + LastHello);
        if (path.StartsWith("/gated/", StringComparison.Ordinal))
        {
            // Opened only once the handler waits on it, so that its response is certainly deferred.
            var gate = HookedRoutes.Gate("write-in-on-response");
            Assert.True(gate.Called.Wait(TimeSpan.FromSeconds(10)));
            gate.Answer.SetResult("gated");
        }

        var received = Masked(connection.ReadToEnd());

        var answer = path switch
        {
            "/hello" => Hello,
            "/export" => "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\nDate: (date)\r\nContent-Type: application/octet-stream\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n5\r\nchunk\r\n0\r\n\r\n",
            _ => "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\nDate: (date)\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 5\r\n\r\ngated",
        };
        Assert.Equal(answer + HelloClosing, received);
        var error = Assert.Single(_server.Log.Errors);
        Assert.Equal($"The handler for GET {path} threw an exception.", error.Message);
        Assert.Equal(InResponseHook, Assert.IsType<InvalidOperationException>(error.Exception).Message);
        Assert.Equal([(path, 200), ("/hello", 200)], _server.Hooks.AccessLog.Select(static entry => (entry.Path, entry.StatusCode)));
    }

    [Fact]
    public void A_response_hook_cannot_answer_a_request_its_request_hook_declined_and_the_client_gets_one_500()
    {
        using var connection = _server.Connect();

        connection.Send("GET /hello HTTP/1.1\r\nHost: localhost\r\nX-Misbehave: DeclineThenWriteInOnResponse\r\n\r\n" + LastHello);
        var received = Masked(connection.ReadToEnd());

        Assert.Equal(
            "HTTP/1.1 500 Internal Server Error\r\nServer: MiniHttp\r\nDate: (date)\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: 21\r\n\r\nInternal Server Error" + HelloClosing,
            received);
        Assert.Equal(InResponseHook, Assert.IsType<InvalidOperationException>(Assert.Single(_server.Log.Errors).Exception).Message);
    }

    [Fact]
    public void A_response_hook_that_adds_a_header_is_refused_and_the_response_goes_out_as_written()
    {
        using var connection = _server.Connect();

        connection.Send("GET /hello HTTP/1.1\r\nHost: localhost\r\nX-Misbehave: AddHeaderInOnResponse\r\n\r\n" + LastHello);
        var received = Masked(connection.ReadToEnd());

        Assert.Equal(Hello + HelloClosing, received);
        Assert.Equal(InResponseHook, Assert.IsType<InvalidOperationException>(Assert.Single(_server.Log.Errors).Exception).Message);
    }

    public void Dispose() => _server.Dispose();

    /// <summary>The request that ends each test's connection: answered on it after the misbehaving one, then closed.</summary>
    private static string LastHello => "GET /hello HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";

    private static string Masked(string received) => Regex.Replace(received, "Date: [^\r]+", "Date: (date)");}

using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using MiniHttp.Generated;
using MiniHttp.Generators.Tests.Dispatch;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Problems;

/// <summary>
/// With <see cref="ServerOptions.ProblemDetails"/> on, every error the framework answers by itself is an RFC 9457 problem
/// (exact bytes over a real connection, trace identifier masked), with the statuses, headers and connection handling it
/// has without: a bad argument keeps the connection, a framing error closes it.
/// </summary>
public sealed partial class ProblemDetailsTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly HttpServer<Router> _server;

    public ProblemDetailsTests()
    {
        _server = new HttpServer<Router>(
            new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0), ProblemDetails = true },
            new Router(new CounterRoutes(), new StoreRoutes()));
        _server.Start();
    }

    public void Dispose() => _server.StopAsync().GetAwaiter().GetResult();

    [Fact]
    public void A_bad_argument_is_a_problem_and_keeps_the_connection()
    {
        var answer = Exchange("GET /bind/int?v=oops HTTP/1.1\r\nHost: a\r\n\r\nGET /bind/int?v=4 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");

        Assert.Equal(
            Problem(400, "Bad Request", "", "https://tools.ietf.org/html/rfc9110#section-15.5.1", "Bad Request", "Query parameter 'v' is not a valid int.")
            + "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 1\r\nConnection: close\r\n\r\n4",
            answer);
    }

    [Fact]
    public void Each_request_on_a_connection_has_its_own_trace_identifier()
    {
        var answer = Exchange("GET /nowhere HTTP/1.1\r\nHost: a\r\n\r\nGET /nowhere HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n", mask: false);

        var traceIds = TraceIdValue().Matches(answer);
        Assert.Equal(2, traceIds.Count);
        Assert.Equal(traceIds[0].Groups["connection"].Value, traceIds[1].Groups["connection"].Value);
        Assert.Equal("00000001", traceIds[0].Groups["request"].Value);
        Assert.Equal("00000002", traceIds[1].Groups["request"].Value);
    }

    [Fact]
    public void Not_found_is_a_problem()
    {
        Assert.Equal(
            Problem(404, "Not Found", "Connection: close\r\n", "https://tools.ietf.org/html/rfc9110#section-15.5.5", "Not Found", "Not Found"),
            Exchange("GET /nowhere HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"));
    }

    [Fact]
    public void Method_not_allowed_is_a_problem_that_keeps_its_allow_header()
    {
        Assert.Equal(
            Problem(405, "Method Not Allowed", "Connection: close\r\n", "https://tools.ietf.org/html/rfc9110#section-15.5.6", "Method Not Allowed", "Method Not Allowed", "Allow: GET, HEAD, OPTIONS\r\n"),
            Exchange("DELETE /bind/int HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"));
    }

    [Fact]
    public void Head_gets_the_head_of_the_problem()
    {
        var answer = Exchange("HEAD /nowhere HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");

        Assert.Equal(
            Wire.HeadOf(Problem(404, "Not Found", "Connection: close\r\n", "https://tools.ietf.org/html/rfc9110#section-15.5.5", "Not Found", "Not Found")),
            answer);
    }

    [Fact]
    public void A_body_not_sent_as_json_is_an_unsupported_media_type_problem()
    {
        Assert.Equal(
            Problem(415, "Unsupported Media Type", "Connection: close\r\n", "https://tools.ietf.org/html/rfc9110#section-15.5.16", "Unsupported Media Type", "Request body for parameter 'order' must be sent as application/json."),
            Exchange("POST /bind/json HTTP/1.1\r\nHost: a\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"));
    }

    [Fact]
    public void A_malformed_json_body_is_a_bad_request_problem_naming_the_parameter()
    {
        Assert.Equal(
            Problem(400, "Bad Request", "Connection: close\r\n", "https://tools.ietf.org/html/rfc9110#section-15.5.1", "Bad Request", "Request body for parameter 'order' is not valid JSON for Order."),
            Exchange("POST /bind/json HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 5\r\nConnection: close\r\n\r\n[1,2]"));
    }

    [Fact]
    public void A_failed_handler_is_a_500_problem_without_the_exception()
    {
        Assert.Equal(
            Problem(500, "Internal Server Error", "Connection: close\r\n", "https://tools.ietf.org/html/rfc9110#section-15.6.1", "An error occurred while processing your request.", "Internal Server Error"),
            Exchange("GET /async/fails HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"));
    }

    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400, "Bad Request", "https://tools.ietf.org/html/rfc9110#section-15.5.1", "Bad Request", "Conflicting Content-Length headers.")]
    [InlineData("GET / HTTP/1.1\r\n\r\n", 400, "Bad Request", "https://tools.ietf.org/html/rfc9110#section-15.5.1", "Bad Request", "Missing Host header.")]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2000000000\r\n\r\n", 413, "Content Too Large", "https://tools.ietf.org/html/rfc9110#section-15.5.14", "Content Too Large", "Request body too large.")]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501, "Not Implemented", "https://tools.ietf.org/html/rfc9110#section-15.6.2", "Not Implemented", "Unsupported transfer coding.")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nExpect: teapot\r\n\r\n", 417, "Expectation Failed", "https://tools.ietf.org/html/rfc9110#section-15.5.18", "Expectation Failed", "Only the 100-continue expectation is supported.")]
    [InlineData("GET / HTTP/2.0\r\nHost: a\r\n\r\n", 505, "HTTP Version Not Supported", "https://tools.ietf.org/html/rfc9110#section-15.6.6", "HTTP Version Not Supported", "HTTP version not supported.")]
    public void A_rejected_request_is_a_problem_and_closes_the_connection(string request, int status, string reason, string type, string title, string detail)
    {
        Assert.Equal(Rejection(status, reason, type, title, detail), Exchange(request));
    }

    [Fact]
    public void Header_fields_too_large_is_a_431_problem()
    {
        var request = "GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + new string('a', 40 * 1024) + "\r\n\r\n";

        Assert.Equal(
            Rejection(431, "Request Header Fields Too Large", "https://tools.ietf.org/html/rfc6585#section-5", "Request Header Fields Too Large", "Request header fields too large."),
            Exchange(request));
    }

    [Fact]
    public void A_request_line_too_long_is_a_414_problem()
    {
        var request = "GET /" + new string('a', 9 * 1024) + " HTTP/1.1\r\nHost: a\r\n\r\n";

        Assert.Equal(
            Rejection(414, "URI Too Long", "https://tools.ietf.org/html/rfc9110#section-15.5.15", "URI Too Long", "Request line too long."),
            Exchange(request));
    }

    private static string Problem(int status, string reason, string connection, string type, string title, string detail, string headers = "")
    {
        var body = $$"""{"type":"{{type}}","title":"{{title}}","status":{{status}},"detail":"{{Json(detail)}}",""" + ResponseCapture.TraceId + "}";
        return $"HTTP/1.1 {status} {reason}\r\nServer: MiniHttp\r\n" + Wire.Date + headers + "Content-Type: application/problem+json\r\n"
            + $"Content-Length: {Length(body)}\r\n" + connection + "\r\n" + body;
    }

    private static string Rejection(int status, string reason, string type, string title, string detail)
    {
        var body = $$"""{"type":"{{type}}","title":"{{title}}","status":{{status}},"detail":"{{Json(detail)}}",""" + ResponseCapture.TraceId + "}";
        return $"HTTP/1.1 {status} {reason}\r\n" + Wire.Date + "Server: MiniHttp\r\nContent-Type: application/problem+json\r\nConnection: close\r\n"
            + $"Content-Length: {Length(body)}\r\n\r\n" + body;
    }

    // What System.Text.Json's default encoder escapes in these reasons.
    private static string Json(string text) => text.Replace("'", "\\u0027", StringComparison.Ordinal);

    private static int Length(string body) =>
        Encoding.UTF8.GetByteCount(body.Replace(ResponseCapture.TraceId, "\"traceId\":\"0000000000000:00000000\"", StringComparison.Ordinal));

    /// <summary>Sends the bytes on one connection and reads until the server closes it.</summary>
    private string Exchange(string request, bool mask = true)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        socket.ReceiveTimeout = (int)Timeout.TotalMilliseconds;
        socket.SendTimeout = (int)Timeout.TotalMilliseconds;
        socket.Connect(_server.LocalEndPoint);
        socket.Send(Encoding.Latin1.GetBytes(request));
        using var stream = new NetworkStream(socket);
        using var read = new MemoryStream();
        stream.CopyTo(read);
        var answer = Encoding.UTF8.GetString(read.ToArray());
        return mask ? ResponseCapture.Mask(answer) : answer;
    }

    [GeneratedRegex("\"traceId\":\"(?<connection>[0-9A-V]{13}):(?<request>[0-9A-F]{8})\"")]
    private static partial Regex TraceIdValue();
}

using System;
using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using MiniHttp.Parsing;

namespace MiniHttp.Tests.Server;

/// <summary>
/// The response to a rejected request: its status line, its reason as plain text or, with problem details on, as a
/// problem's detail, and always <c>Connection: close</c>.
/// </summary>
public sealed class RejectionResponseTests
{
    [Theory]
    [InlineData(nameof(RequestRejection.InvalidContentLength), "HTTP/1.1 400 Bad Request")]
    [InlineData(nameof(RequestRejection.RequestHeadersTimeout), "HTTP/1.1 408 Request Timeout")]
    [InlineData(nameof(RequestRejection.RequestBodyTimeout), "HTTP/1.1 408 Request Timeout")]
    [InlineData(nameof(RequestRejection.BodyTooLarge), "HTTP/1.1 413 Content Too Large")]
    [InlineData(nameof(RequestRejection.RequestLineTooLong), "HTTP/1.1 414 URI Too Long")]
    [InlineData(nameof(RequestRejection.UnsupportedExpectation), "HTTP/1.1 417 Expectation Failed")]
    [InlineData(nameof(RequestRejection.TooManyHeaderFields), "HTTP/1.1 431 Request Header Fields Too Large")]
    [InlineData(nameof(RequestRejection.ConnectNotSupported), "HTTP/1.1 501 Not Implemented")]
    [InlineData(nameof(RequestRejection.HttpVersionNotSupported), "HTTP/1.1 505 HTTP Version Not Supported")]
    public void A_rejection_is_written_whole_and_closes(string name, string statusLine)
    {
        var rejection = Enum.Parse<RequestRejection>(name);
        var reason = Encoding.ASCII.GetString(rejection.Reason());

        var lines = Written(rejection).Split("\r\n");

        Assert.Equal(statusLine, lines[0]);
        Assert.StartsWith("Date: ", lines[1], StringComparison.Ordinal);
        Assert.Equal(
            ["Server: MiniHttp", "Content-Type: text/plain; charset=utf-8", "Connection: close", $"Content-Length: {reason.Length}", "", reason],
            lines[2..]);
    }

    [Fact]
    public void With_problem_details_a_rejection_is_a_problem_and_still_closes()
    {
        var lines = Written(RequestRejection.TooManyHeaderFields, problemDetails: true).Split("\r\n");

        const string Body = """{"type":"https://tools.ietf.org/html/rfc6585#section-5","title":"Request Header Fields Too Large","status":431,"detail":"Too many request header fields.","traceId":"0000000000001:00000001"}""";
        Assert.Equal("HTTP/1.1 431 Request Header Fields Too Large", lines[0]);
        Assert.Equal(
            ["Server: MiniHttp", "Content-Type: application/problem+json", "Connection: close", $"Content-Length: {Body.Length}", "", Body],
            lines[2..]);
    }

    private static string Written(RequestRejection rejection, bool problemDetails = false)
    {
        var pipe = new Pipe();
        new HttpResponse(pipe.Writer) { WritesProblemDetails = problemDetails, ConnectionId = 1 }.WriteRejection(rejection, ofCurrentRequest: false);
        pipe.Writer.Complete();
        pipe.Reader.TryRead(out var result);
        return Encoding.ASCII.GetString(result.Buffer.ToArray());
    }
}

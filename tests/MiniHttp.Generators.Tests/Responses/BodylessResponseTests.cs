using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Responses;

/// <summary>
/// The exact bytes of the responses without a body: a <c>HEAD</c> response (<c>omitBody</c>), which keeps the
/// Content-Length of the body it leaves out, and the <c>204</c> answer to <c>OPTIONS</c>, which has none.
/// </summary>
public sealed class BodylessResponseTests
{
    private const string TextHead = "Server: MiniHttp\r\n" + ResponseCapture.Date + "Content-Type: text/plain; charset=utf-8\r\n";

    [Fact]
    public void Omitting_the_body_of_bytes_keeps_their_content_length()
    {
        var (pipe, response) = ResponseCapture.Begin();
        response.WritePlainText("hello"u8, omitBody: true);

        Assert.Equal("HTTP/1.1 200 OK\r\n" + TextHead + "Content-Length: 5\r\n\r\n", ResponseCapture.End(pipe));
    }

    [Fact]
    public void Omitting_the_body_of_a_string_keeps_its_utf8_length()
    {
        var (pipe, response) = ResponseCapture.Begin();
        response.WritePlainText("é€", omitBody: true);

        Assert.Equal("HTTP/1.1 200 OK\r\n" + TextHead + "Content-Length: 5\r\n\r\n", ResponseCapture.End(pipe));
    }

    [Fact]
    public void Omitting_the_body_of_numbers_keeps_their_length()
    {
        var (pipe, response) = ResponseCapture.Begin();
        response.WritePlainText(-12, omitBody: true);
        response.Reset(ProtocolVersion.Http11, keepAlive: true);
        response.WritePlainText(long.MinValue, omitBody: true);

        Assert.Equal(
            "HTTP/1.1 200 OK\r\n" + TextHead + "Content-Length: 3\r\n\r\n" + "HTTP/1.1 200 OK\r\n" + TextHead + "Content-Length: 20\r\n\r\n",
            ResponseCapture.End(pipe));
    }

    [Fact]
    public void Omitting_the_body_of_errors_keeps_their_content_length()
    {
        var (pipe, response) = ResponseCapture.Begin();
        response.WriteBadRequest("bad"u8, omitBody: true);
        response.Reset(ProtocolVersion.Http11, keepAlive: true);
        response.WriteNotFound(omitBody: true);
        response.Reset(ProtocolVersion.Http11, keepAlive: true);
        response.WriteMethodNotAllowed("GET"u8, omitBody: true);

        Assert.Equal(
            "HTTP/1.1 400 Bad Request\r\n" + TextHead + "Content-Length: 3\r\n\r\n"
            + "HTTP/1.1 404 Not Found\r\n" + TextHead + "Content-Length: 9\r\n\r\n"
            + "HTTP/1.1 405 Method Not Allowed\r\nServer: MiniHttp\r\n" + ResponseCapture.Date + "Allow: GET\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 18\r\n\r\n",
            ResponseCapture.End(pipe));
    }

    [Fact]
    public void A_body_that_is_kept_follows_the_head_as_before()
    {
        var (pipe, response) = ResponseCapture.Begin();
        response.WritePlainText("hello"u8, omitBody: false);

        Assert.Equal("HTTP/1.1 200 OK\r\n" + TextHead + "Content-Length: 5\r\n\r\nhello", ResponseCapture.End(pipe));
    }

    [Fact]
    public void Options_is_no_content_with_allow_and_neither_content_type_nor_content_length()
    {
        var (pipe, response) = ResponseCapture.Begin();
        response.WriteOptions("GET, HEAD, OPTIONS"u8);

        Assert.Equal(
            "HTTP/1.1 204 No Content\r\nServer: MiniHttp\r\n" + ResponseCapture.Date + "Allow: GET, HEAD, OPTIONS\r\n\r\n",
            ResponseCapture.End(pipe));
        Assert.True(response.IsCommitted);
    }

    [Theory]
    [InlineData(ProtocolVersion.Http11, false, "Connection: close\r\n")]
    [InlineData(ProtocolVersion.Http10, true, "Connection: keep-alive\r\n")]
    [InlineData(ProtocolVersion.Http10, false, "Connection: close\r\n")]
    public void Options_says_how_the_connection_goes_on_like_every_response(ProtocolVersion version, bool keepAlive, string connectionLine)
    {
        var (pipe, response) = ResponseCapture.Begin(version, keepAlive);
        response.WriteOptions("OPTIONS"u8);

        Assert.Equal(
            "HTTP/1.1 204 No Content\r\nServer: MiniHttp\r\n" + ResponseCapture.Date + "Allow: OPTIONS\r\n" + connectionLine + "\r\n",
            ResponseCapture.End(pipe));
    }

    [Fact]
    public void A_head_response_is_followed_by_the_next_response_without_any_left_over_body()
    {
        var (pipe, response) = ResponseCapture.Begin();
        response.WritePlainText("first", omitBody: true);
        response.Reset(ProtocolVersion.Http11, keepAlive: true);
        response.WritePlainText("second");

        var written = ResponseCapture.End(pipe);

        Assert.EndsWith("Content-Length: 6\r\n\r\nsecond", written, System.StringComparison.Ordinal);
        Assert.DoesNotContain("first", written, System.StringComparison.Ordinal);
    }
}

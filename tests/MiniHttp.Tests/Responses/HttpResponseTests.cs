using System;
using System.Text;

namespace MiniHttp.Tests.Responses;

/// <summary>The exact bytes each response writer method puts on the wire.</summary>
public sealed class HttpResponseTests
{
    private const string Date = Wire.Date;

    [Fact]
    public void Plain_text_has_status_server_date_type_and_length_then_the_body()
    {
        var wire = Write(ProtocolVersion.Http11, keepAlive: true, response => response.WritePlainText("ok"u8));

        Assert.Equal(
            "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + Date + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 2\r\n\r\nok",
            wire);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(-42, "-42")]
    [InlineData(int.MinValue, "-2147483648")]
    [InlineData(int.MaxValue, "2147483647")]
    public void An_int_is_written_in_its_invariant_form(int value, string expected)
    {
        var wire = Write(ProtocolVersion.Http11, keepAlive: true, response => response.WritePlainText(value));

        Assert.EndsWith($"Content-Length: {expected.Length}\r\n\r\n{expected}", wire, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_is_written_in_its_invariant_form()
    {
        var wire = Write(ProtocolVersion.Http11, keepAlive: true, response => response.WritePlainText(long.MinValue));

        Assert.EndsWith("Content-Length: 20\r\n\r\n-9223372036854775808", wire, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_is_written_as_utf8_and_its_length_counts_bytes_not_chars()
    {
        var wire = Write(ProtocolVersion.Http11, keepAlive: true, response => response.WritePlainText("héllo €"));

        Assert.EndsWith("Content-Length: 10\r\n\r\nhéllo €", wire, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_response_says_connection_close()
    {
        var wire = Write(ProtocolVersion.Http11, keepAlive: false, response => response.WritePlainText("ok"u8));

        Assert.Contains("\r\nConnection: close\r\n", wire, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kept_alive_http10_response_says_keep_alive_because_http10_closes_by_default()
    {
        var wire = Write(ProtocolVersion.Http10, keepAlive: true, response => response.WritePlainText("ok"u8));

        Assert.Contains("\r\nConnection: keep-alive\r\n", wire, StringComparison.Ordinal);
    }

    [Fact]
    public void Method_not_allowed_lists_the_allowed_methods()
    {
        var wire = Write(ProtocolVersion.Http11, keepAlive: true, response => response.WriteMethodNotAllowed("GET, POST"u8));

        Assert.StartsWith("HTTP/1.1 405 Method Not Allowed\r\nServer: MiniHttp\r\n" + Date + "Allow: GET, POST\r\n", wire, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_request_keeps_the_connection_and_carries_the_reason()
    {
        var wire = Write(ProtocolVersion.Http11, keepAlive: true, response => response.WriteBadRequest("Query parameter 'a' is missing."u8));

        Assert.StartsWith("HTTP/1.1 400 Bad Request\r\n", wire, StringComparison.Ordinal);
        Assert.DoesNotContain("Connection:", wire, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\nQuery parameter 'a' is missing.", wire, StringComparison.Ordinal);
    }

    [Fact]
    public void The_date_line_is_an_imf_fixdate_of_fixed_length()
    {
        var line = DateHeader.Format(new DateTimeOffset(2026, 11, 2, 3, 4, 5, TimeSpan.Zero));

        Assert.Equal("Date: Mon, 02 Nov 2026 03:04:05 GMT\r\n", Encoding.ASCII.GetString(line));
        Assert.Equal(DateHeader.Length, line.Length);
        Assert.Equal(DateHeader.Length, DateHeader.Line.Length);
    }

    private static string Write(ProtocolVersion version, bool keepAlive, Action<HttpResponse> write) => Wire.Capture(write, version, keepAlive);
}

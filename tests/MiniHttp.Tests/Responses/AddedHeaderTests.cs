using System;

namespace MiniHttp.Tests.Responses;

/// <summary>
/// Headers a request hook adds with <see cref="HttpResponse.AddHeader"/>: checked like a result's, written into whichever
/// response answers the request, and gone by the next request; and the <see cref="HttpResponse.StatusCode"/> it reports.
/// </summary>
public sealed class AddedHeaderTests
{
    [Fact]
    public void Added_headers_follow_the_date_in_every_kind_of_response()
    {
        static void AddCors(HttpResponse response)
        {
            response.AddHeader("Access-Control-Allow-Origin", "https://app.example");
            response.AddHeader("Vary", "Origin");
        }

        const string Added = "Access-Control-Allow-Origin: https://app.example\r\nVary: Origin\r\n";
        Assert.Equal(
            "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + Wire.Date + Added + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 2\r\n\r\nok",
            Wire.Capture(response => { AddCors(response); response.WritePlainText("ok"u8); }));
        Assert.Equal(
            "HTTP/1.1 204 No Content\r\nServer: MiniHttp\r\n" + Wire.Date + Added + "\r\n",
            Wire.Capture(response => { AddCors(response); response.WriteNoContent(); }));
        Assert.Equal(
            "HTTP/1.1 201 Created\r\nServer: MiniHttp\r\n" + Wire.Date + "Location: /a\r\n" + Added + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 1\r\n\r\na",
            Wire.Capture(response => { AddCors(response); response.WriteResult(HttpResult.Text(201, "a").WithHeader("Location", "/a")); }));
    }

    [Fact]
    public void Added_headers_last_one_request()
    {
        var wire = Wire.Capture(response =>
        {
            response.AddHeader("X-First", "1");
            response.WritePlainText("a"u8);
            response.Reset(ProtocolVersion.Http11, keepAlive: true);
            response.WritePlainText("b"u8);
        });

        Assert.Equal(1, wire.Split("X-First: 1\r\n").Length - 1);
        Assert.EndsWith("\r\nContent-Length: 1\r\n\r\nb", wire, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_added_headers_grow_the_buffer_without_losing_any()
    {
        var wire = Wire.Capture(response =>
        {
            for (var i = 0; i < 40; i++)
            {
                response.AddHeader($"X-Header-{i}", new string('v', 30));
            }

            response.WritePlainText("ok"u8);
        });

        for (var i = 0; i < 40; i++)
        {
            Assert.Contains($"\r\nX-Header-{i}: {new string('v', 30)}\r\n", wire, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Content-Type", "text/html")]
    [InlineData("Content-Length", "1")]
    [InlineData("Transfer-Encoding", "chunked")]
    [InlineData("connection", "close")]
    [InlineData("X-Split", "a\r\nSet-Cookie: b=1")]
    [InlineData("X-Nul", "a\0")]
    [InlineData("Bad Name", "a")]
    [InlineData("X-Padded", " a")]
    public void A_header_the_response_must_not_carry_is_refused_and_adds_nothing(string name, string value)
    {
        var wire = Wire.Capture(response =>
        {
            Assert.Throws<ArgumentException>(() => response.AddHeader(name, value));
            response.WritePlainText("ok"u8);
        });

        Assert.Equal("HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 2\r\n\r\nok", wire);
    }

    [Fact]
    public void The_status_code_is_the_written_responses_and_zero_before_one()
    {
        Wire.Capture(response =>
        {
            Assert.Equal(0, response.StatusCode);
            response.WriteNotFound();
            Assert.Equal(404, response.StatusCode);
            response.Reset(ProtocolVersion.Http11, keepAlive: true);
            Assert.Equal(0, response.StatusCode);
            response.WriteResult(HttpResult.Status(418));
            Assert.Equal(418, response.StatusCode);
            response.Reset(ProtocolVersion.Http11, keepAlive: true);
            response.WriteResult(HttpResult.Status(299));
            Assert.Equal(299, response.StatusCode);
        });
    }
}

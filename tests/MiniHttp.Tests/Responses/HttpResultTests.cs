using System;
using System.Text.Json.Serialization;

namespace MiniHttp.Tests.Responses;

/// <summary>The exact bytes of each kind of <see cref="HttpResult"/>, for every status class, and for <c>HEAD</c>.</summary>
public sealed class HttpResultTests
{
    private const string Head = "Server: MiniHttp\r\n" + Wire.Date;
    private const string TextPlain = "Content-Type: text/plain; charset=utf-8\r\n";

    [Fact]
    public void Text_has_its_status_type_length_and_utf8_body()
    {
        var wire = Wire.Capture(response => response.WriteResult(HttpResult.Text(201, "créé")));

        Assert.Equal("HTTP/1.1 201 Created\r\n" + Head + TextPlain + "Content-Length: 6\r\n\r\ncréé", wire);
    }

    [Fact]
    public void Null_text_is_an_empty_body()
    {
        var wire = Wire.Capture(response => response.WriteResult(HttpResult.Text(200, null)));

        Assert.Equal("HTTP/1.1 200 OK\r\n" + Head + TextPlain + "Content-Length: 0\r\n\r\n", wire);
    }

    [Fact]
    public void Utf8_text_is_written_as_given()
    {
        var wire = Wire.Capture(response => response.WriteResult(HttpResult.Text(202, "queued"u8.ToArray())));

        Assert.Equal("HTTP/1.1 202 Accepted\r\n" + Head + TextPlain + "Content-Length: 6\r\n\r\nqueued", wire);
    }

    [Fact]
    public void Bytes_are_an_octet_stream_unless_the_handler_names_a_type()
    {
        byte[] body = [0x00, 0xFF, 0x0D, 0x0A];

        var octets = Wire.Capture(response => response.WriteResult(HttpResult.Bytes(200, body)));
        var png = Wire.Capture(response => response.WriteResult(HttpResult.Bytes(200, body).WithHeader("Content-Type", "image/png")));

        Assert.Equal("HTTP/1.1 200 OK\r\n" + Head + "Content-Type: application/octet-stream\r\nContent-Length: 4\r\n\r\n\0\uFFFD\r\n", octets);
        Assert.Equal("HTTP/1.1 200 OK\r\n" + Head + "Content-Type: image/png\r\nContent-Length: 4\r\n\r\n\0\uFFFD\r\n", png);
    }

    [Fact]
    public void Json_has_its_status_type_and_exact_length()
    {
        var wire = Wire.Capture(response => response.WriteResult(HttpResult.Json(422, new Problem("a", 7), HttpResultJsonContext.Default.Problem)));

        Assert.Equal(
            "HTTP/1.1 422 Unprocessable Content\r\n" + Head + "Content-Type: application/json; charset=utf-8\r\n"
            + "Content-Length: 22\r\n\r\n{\"Field\":\"a\",\"Code\":7}",
            wire);
    }

    [Fact]
    public void Json_without_a_status_is_200()
    {
        var wire = Wire.Capture(response => response.WriteResult(HttpResult.Json(3, HttpResultJsonContext.Default.Int32)));

        Assert.Equal("HTTP/1.1 200 OK\r\n" + Head + "Content-Type: application/json; charset=utf-8\r\nContent-Length: 1\r\n\r\n3", wire);
    }

    [Fact]
    public void Json_of_a_null_reference_is_null()
    {
        var wire = Wire.Capture(response => response.WriteResult(HttpResult.Json<Problem?>(null, HttpResultJsonContext.Default.Problem!)));

        Assert.EndsWith("Content-Length: 4\r\n\r\nnull", wire, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(200, "HTTP/1.1 200 OK\r\n" + Head + "Content-Length: 0\r\n\r\n")]
    [InlineData(202, "HTTP/1.1 202 Accepted\r\n" + Head + "Content-Length: 0\r\n\r\n")]
    [InlineData(204, "HTTP/1.1 204 No Content\r\n" + Head + "\r\n")]
    [InlineData(205, "HTTP/1.1 205 Reset Content\r\n" + Head + "Content-Length: 0\r\n\r\n")]
    [InlineData(304, "HTTP/1.1 304 Not Modified\r\n" + Head + "\r\n")]
    [InlineData(404, "HTTP/1.1 404 Not Found\r\n" + Head + "Content-Length: 0\r\n\r\n")]
    [InlineData(503, "HTTP/1.1 503 Service Unavailable\r\n" + Head + "Content-Length: 0\r\n\r\n")]
    public void A_status_without_content_says_so_with_content_length_0_except_204_and_304_which_have_none(int status, string expected)
    {
        Assert.Equal(expected, Wire.Capture(response => response.WriteResult(HttpResult.Status(status))));
        Assert.Equal(expected, Wire.Capture(response => response.WriteResult(HttpResult.Status(status), omitBody: true)));
    }

    [Theory]
    [InlineData(301, "301 Moved Permanently")]
    [InlineData(302, "302 Found")]
    [InlineData(303, "303 See Other")]
    [InlineData(307, "307 Temporary Redirect")]
    [InlineData(308, "308 Permanent Redirect")]
    public void A_redirect_has_its_location_and_no_content(int status, string statusText)
    {
        var wire = Wire.Capture(response => response.WriteResult(HttpResult.Redirect(status, "/items/7?x=1")));

        Assert.Equal($"HTTP/1.1 {statusText}\r\n" + Head + "Location: /items/7?x=1\r\nContent-Length: 0\r\n\r\n", wire);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(300)]
    [InlineData(304)]
    [InlineData(404)]
    public void A_redirect_is_only_one_of_the_redirect_codes(int status) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HttpResult.Redirect(status, "/"));

    [Fact]
    public void A_redirect_location_is_checked_like_any_header_value() =>
        Assert.Throws<ArgumentException>(() => HttpResult.Redirect(302, "/a\r\nSet-Cookie: x=1"));

    [Theory]
    [InlineData(200, "200 OK")]
    [InlineData(203, "203 Non-Authoritative Information")]
    [InlineData(207, "207 Multi-Status")]
    [InlineData(226, "226 IM Used")]
    [InlineData(300, "300 Multiple Choices")]
    [InlineData(305, "305 Use Proxy")]
    [InlineData(401, "401 Unauthorized")]
    [InlineData(409, "409 Conflict")]
    [InlineData(413, "413 Content Too Large")]
    [InlineData(416, "416 Range Not Satisfiable")]
    [InlineData(421, "421 Misdirected Request")]
    [InlineData(429, "429 Too Many Requests")]
    [InlineData(431, "431 Request Header Fields Too Large")]
    [InlineData(451, "451 Unavailable For Legal Reasons")]
    [InlineData(500, "500 Internal Server Error")]
    [InlineData(505, "505 HTTP Version Not Supported")]
    [InlineData(511, "511 Network Authentication Required")]
    public void A_registered_status_has_its_registered_reason_phrase(int status, string statusText)
    {
        var wire = Wire.Capture(response => response.WriteResult(HttpResult.Text(status, "x")));

        Assert.StartsWith($"HTTP/1.1 {statusText}\r\nServer: MiniHttp\r\n", wire, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(209)]
    [InlineData(299)]
    [InlineData(306)]
    [InlineData(418)]
    [InlineData(499)]
    [InlineData(599)]
    public void An_unregistered_status_has_an_empty_reason_phrase_after_the_space(int status)
    {
        var wire = Wire.Capture(response => response.WriteResult(HttpResult.Text(status, "x")));

        Assert.Equal($"HTTP/1.1 {status} \r\n" + Head + TextPlain + "Content-Length: 1\r\n\r\nx", wire);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(99)]
    [InlineData(100)]
    [InlineData(101)]
    [InlineData(103)]
    [InlineData(199)]
    [InlineData(600)]
    [InlineData(-200)]
    public void Interim_and_invalid_statuses_are_refused(int status)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HttpResult.Status(status));
        Assert.Throws<ArgumentOutOfRangeException>(() => HttpResult.Text(status, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => HttpResult.Bytes(status, new byte[1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => HttpResult.Json(status, 1, HttpResultJsonContext.Default.Int32));
    }

    [Theory]
    [InlineData(204)]
    [InlineData(205)]
    [InlineData(304)]
    public void Content_on_a_status_that_has_none_is_refused(int status)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HttpResult.Text(status, ""));
        Assert.Throws<ArgumentOutOfRangeException>(() => HttpResult.Text(status, ReadOnlyMemory<byte>.Empty));
        Assert.Throws<ArgumentOutOfRangeException>(() => HttpResult.Bytes(status, new byte[1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => HttpResult.Json(status, 1, HttpResultJsonContext.Default.Int32));
    }

    [Fact]
    public void A_304_keeps_the_validators_a_handler_adds()
    {
        var wire = Wire.Capture(response => response.WriteResult(HttpResult.Status(304).WithHeader("ETag", "\"v2\"")));

        Assert.Equal("HTTP/1.1 304 Not Modified\r\n" + Head + "ETag: \"v2\"\r\n\r\n", wire);
    }

    [Fact]
    public void Headers_follow_date_in_the_order_added_and_the_server_adds_the_connection_line()
    {
        var result = HttpResult.Text(200, "ok")
            .WithHeader("Cache-Control", "no-store")
            .WithHeader("Set-Cookie", "a=1")
            .WithHeader("Set-Cookie", "b=2");

        var wire = Wire.Capture(response => response.WriteResult(result), keepAlive: false);

        Assert.Equal(
            "HTTP/1.1 200 OK\r\n" + Head + "Cache-Control: no-store\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n"
            + TextPlain + "Content-Length: 2\r\nConnection: close\r\n\r\nok",
            wire);
    }

    [Fact]
    public void A_kept_alive_http10_result_says_keep_alive()
    {
        var wire = Wire.Capture(response => response.WriteResult(HttpResult.Status(404)), ProtocolVersion.Http10);

        Assert.Equal("HTTP/1.1 404 Not Found\r\n" + Head + "Content-Length: 0\r\nConnection: keep-alive\r\n\r\n", wire);
    }

    [Fact]
    public void Content_type_replaces_the_default_and_a_second_one_replaces_the_first()
    {
        var result = HttpResult.Text(200, "<p>")
            .WithHeader("content-type", "text/html")
            .WithHeader("Content-Type", "text/html; charset=utf-8");

        var wire = Wire.Capture(response => response.WriteResult(result));

        Assert.Equal("HTTP/1.1 200 OK\r\n" + Head + "Content-Type: text/html; charset=utf-8\r\nContent-Length: 3\r\n\r\n<p>", wire);
    }

    [Fact]
    public void Adding_a_header_leaves_the_result_it_was_added_to_unchanged()
    {
        var plain = HttpResult.Status(200).WithHeader("X-A", "1");
        var first = plain.WithHeader("X-B", "2");
        var second = plain.WithHeader("X-C", "3");

        Assert.Contains("X-A: 1\r\nContent-Length", Wire.Capture(response => response.WriteResult(plain)), StringComparison.Ordinal);
        Assert.Contains("X-A: 1\r\nX-B: 2\r\nContent-Length", Wire.Capture(response => response.WriteResult(first)), StringComparison.Ordinal);
        Assert.Contains("X-A: 1\r\nX-C: 3\r\nContent-Length", Wire.Capture(response => response.WriteResult(second)), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> HeadCases => new()
    {
        { "text", "HTTP/1.1 201 Created\r\n" + Head + TextPlain + "Content-Length: 5\r\n\r\n" },
        { "utf8", "HTTP/1.1 200 OK\r\n" + Head + TextPlain + "Content-Length: 3\r\n\r\n" },
        { "bytes", "HTTP/1.1 200 OK\r\n" + Head + "Content-Type: application/octet-stream\r\nContent-Length: 2\r\n\r\n" },
        { "json", "HTTP/1.1 200 OK\r\n" + Head + "Content-Type: application/json; charset=utf-8\r\nContent-Length: 22\r\n\r\n" },
        { "status", "HTTP/1.1 410 Gone\r\n" + Head + "Content-Length: 0\r\n\r\n" },
        { "redirect", "HTTP/1.1 303 See Other\r\n" + Head + "Location: /x\r\nContent-Length: 0\r\n\r\n" },
    };

    [Theory]
    [MemberData(nameof(HeadCases))]
    public void Head_gets_the_get_head_with_its_content_length_and_no_body(string kind, string expected)
    {
        var result = kind switch
        {
            "text" => HttpResult.Text(201, "hello"),
            "utf8" => HttpResult.Text(200, "abc"u8.ToArray()),
            "bytes" => HttpResult.Bytes(200, new byte[2]),
            "json" => HttpResult.Json(new Problem("a", 7), HttpResultJsonContext.Default.Problem),
            "status" => HttpResult.Status(410),
            _ => HttpResult.Redirect(303, "/x"),
        };

        var wire = Wire.Capture(response =>
        {
            response.WriteResult(result, omitBody: true);
            response.Reset(ProtocolVersion.Http11, keepAlive: true);
            response.WritePlainText("next"u8);
        });

        Assert.Equal(expected + "HTTP/1.1 200 OK\r\n" + Head + TextPlain + "Content-Length: 4\r\n\r\nnext", wire);
    }

    [Fact]
    public void A_default_result_is_not_a_response_and_writes_nothing()
    {
        var wire = Wire.Capture(response => Assert.Throws<ArgumentException>(() => response.WriteResult(default)), out var response);

        Assert.Equal("", wire);
        Assert.False(response.IsCommitted);
    }

    [Fact]
    public void A_result_counts_as_one_response()
    {
        Wire.Capture(response => response.WriteResult(HttpResult.Status(204)), out var response);

        Assert.True(response.IsCommitted);
    }
}

internal sealed record Problem(string Field, int Code);

[JsonSerializable(typeof(Problem))]
[JsonSerializable(typeof(int))]
internal sealed partial class HttpResultJsonContext : JsonSerializerContext;

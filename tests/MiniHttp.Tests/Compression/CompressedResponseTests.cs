using System;
using System.Linq;
using System.Text;

namespace MiniHttp.Tests.Compression;

/// <summary>
/// What a route that compresses writes: the exact head (Vary always, Content-Encoding and the compressed Content-Length
/// when compressed) and a body that decodes to the original, for each kind of write.
/// </summary>
public sealed class CompressedResponseTests
{
    private const string TextPlain = "text/plain; charset=utf-8";
    private static readonly string s_text = CompressedWire.Text(4000);

    [Theory]
    [InlineData("gzip, br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    public void A_large_text_body_is_compressed_in_the_negotiated_coding(string acceptEncoding, string coding)
    {
        var (head, body) = CompressedWire.Capture($"Accept-Encoding: {acceptEncoding}\r\n", response => response.WritePlainText(s_text));

        Assert.Equal(CompressedWire.Head(TextPlain, coding, body.Length), head);
        Assert.True(body.Length < s_text.Length / 4, $"{body.Length} bytes");
        Assert.Equal(s_text, Encoding.UTF8.GetString(CompressedWire.Decompress(coding, body)));
    }

    [Fact]
    public void Utf8_bytes_json_and_results_are_compressed_too()
    {
        var utf8 = Encoding.UTF8.GetBytes(s_text);
        var values = Enumerable.Range(0, 200).Select(static i => new Problem("name " + i, i)).ToArray();
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(values, CompressionJsonContext.Default.ProblemArray);

        AssertCompressed(response => response.WritePlainText(utf8), TextPlain, utf8);
        AssertCompressed(response => response.WriteJson(values, CompressionJsonContext.Default.ProblemArray), "application/json; charset=utf-8", json);
        AssertCompressed(response => response.WriteResult(HttpResult.Text(200, s_text)), TextPlain, utf8);
        AssertCompressed(response => response.WriteResult(HttpResult.Json(201, values, CompressionJsonContext.Default.ProblemArray)), "application/json; charset=utf-8", json, "201 Created");
        AssertCompressed(response => response.WriteResult(HttpResult.Bytes(200, utf8).WithHeader("Content-Type", "image/svg+xml")), "image/svg+xml", utf8);
    }

    [Fact]
    public void A_head_request_gets_the_get_responses_head_with_the_compressed_length_and_no_body()
    {
        var (getHead, getBody) = CompressedWire.Capture("Accept-Encoding: br\r\n", response => response.WritePlainText(s_text));
        var (head, body) = CompressedWire.Capture("Accept-Encoding: br\r\n", response => response.WritePlainText(s_text, omitBody: true));

        Assert.Equal(getHead, head);
        Assert.Equal(CompressedWire.Head(TextPlain, "br", getBody.Length), head);
        Assert.Empty(body);
    }

    [Fact]
    public void A_body_below_the_minimum_size_is_sent_as_it_is_with_vary()
    {
        var text = CompressedWire.Text(1023);

        var (head, body) = CompressedWire.Capture("Accept-Encoding: gzip, br\r\n", response => response.WritePlainText(text));

        Assert.Equal(CompressedWire.Head(TextPlain, null, 1023), head);
        Assert.Equal(text, Encoding.ASCII.GetString(body));
    }

    [Fact]
    public void The_minimum_size_is_the_routes_own_when_it_has_one_and_else_the_options()
    {
        var text = CompressedWire.Text(300);

        var (routeHead, routeBody) = CompressedWire.Capture("Accept-Encoding: gzip\r\n", response => response.WritePlainText(text), minimumSize: 300);
        var (optionsHead, _) = CompressedWire.Capture("Accept-Encoding: gzip\r\n", response => response.WritePlainText(text), new CompressionOptions { MinimumSize = 300 });
        var (belowHead, _) = CompressedWire.Capture("Accept-Encoding: gzip\r\n", response => response.WritePlainText(text), minimumSize: 301);

        Assert.Equal(CompressedWire.Head(TextPlain, "gzip", routeBody.Length), routeHead);
        Assert.Equal(routeHead, optionsHead);
        Assert.Equal(CompressedWire.Head(TextPlain, null, 300), belowHead);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Accept-Encoding: identity\r\n")]
    [InlineData("Accept-Encoding: br;q=0, gzip;q=0\r\n")]
    [InlineData("Accept-Encoding: deflate\r\n")]
    [InlineData("Accept-Encoding: br;q=2\r\n")]
    public void Without_an_acceptable_coding_the_body_is_sent_as_it_is_with_vary(string requestHeaders)
    {
        var (head, body) = CompressedWire.Capture(requestHeaders, response => response.WritePlainText(s_text));

        Assert.Equal(CompressedWire.Head(TextPlain, null, s_text.Length), head);
        Assert.Equal(s_text, Encoding.ASCII.GetString(body));
    }

    [Fact]
    public void A_body_coding_would_not_shrink_is_sent_as_it_is()
    {
        var noise = new byte[2000];
        new Random(7).NextBytes(noise);

        var (head, body) = CompressedWire.Capture("Accept-Encoding: gzip\r\n", response => response.WriteResult(HttpResult.Text(200, noise)));

        Assert.Equal(CompressedWire.Head(TextPlain, null, noise.Length), head);
        Assert.Equal(noise, body);
    }

    [Fact]
    public void A_body_the_handler_coded_itself_is_not_coded_again()
    {
        var utf8 = Encoding.UTF8.GetBytes(s_text);

        var (head, body) = CompressedWire.Capture(
            "Accept-Encoding: gzip, br\r\n",
            response => response.WriteResult(HttpResult.Text(200, utf8).WithHeader("content-encoding", "x-custom")));

        Assert.Equal(
            "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + CompressedWire.Date + "content-encoding: x-custom\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + $"Vary: Accept-Encoding\r\nContent-Length: {utf8.Length}\r\n\r\n",
            head);
        Assert.Equal(utf8, body);
    }

    [Theory]
    [InlineData("application/octet-stream")]
    [InlineData("image/png")]
    [InlineData("application/zip")]
    public void A_type_that_is_not_text_json_xml_or_javascript_is_sent_as_it_is(string contentType)
    {
        var utf8 = Encoding.UTF8.GetBytes(s_text);

        var (head, _) = CompressedWire.Capture("Accept-Encoding: br\r\n", response => response.WriteResult(HttpResult.Bytes(200, utf8).WithHeader("Content-Type", contentType)));

        Assert.Equal(CompressedWire.Head(contentType, null, utf8.Length), head);
    }

    [Theory]
    [InlineData(404, "404 Not Found")]
    [InlineData(500, "500 Internal Server Error")]
    [InlineData(206, "206 Partial Content")]
    [InlineData(302, "302 Found")]
    public void Only_a_2xx_with_full_content_is_compressed(int status, string statusLine)
    {
        var (head, _) = CompressedWire.Capture("Accept-Encoding: br\r\n", response => response.WriteResult(HttpResult.Text(status, s_text)));

        Assert.Equal(CompressedWire.Head(TextPlain, null, s_text.Length).Replace("200 OK", statusLine, StringComparison.Ordinal), head);
    }

    [Fact]
    public void A_response_with_no_content_carries_vary_alone()
    {
        var (noContent, _) = CompressedWire.Capture("Accept-Encoding: br\r\n", static response => response.WriteNoContent());
        var (notModified, _) = CompressedWire.Capture("Accept-Encoding: br\r\n", static response => response.WriteResult(HttpResult.Status(304)));

        Assert.Equal("HTTP/1.1 204 No Content\r\nServer: MiniHttp\r\n" + CompressedWire.Date + "Vary: Accept-Encoding\r\n\r\n", noContent);
        Assert.Equal("HTTP/1.1 304 Not Modified\r\nServer: MiniHttp\r\n" + CompressedWire.Date + "Vary: Accept-Encoding\r\n\r\n", notModified);
    }

    [Fact]
    public void The_options_choose_the_codings_offered()
    {
        var (gzipOnly, gzipBody) = CompressedWire.Capture("Accept-Encoding: br, gzip\r\n", response => response.WritePlainText(s_text), new CompressionOptions { Brotli = false });
        var (none, _) = CompressedWire.Capture("Accept-Encoding: br, gzip\r\n", response => response.WritePlainText(s_text), new CompressionOptions { Brotli = false, Gzip = false });

        Assert.Equal(CompressedWire.Head(TextPlain, "gzip", gzipBody.Length), gzipOnly);
        Assert.Equal(CompressedWire.Head(TextPlain, null, s_text.Length, vary: false), none);
    }

    [Theory]
    [InlineData(System.IO.Compression.CompressionLevel.Optimal)]
    [InlineData(System.IO.Compression.CompressionLevel.SmallestSize)]
    public void Every_level_decodes_to_the_body(System.IO.Compression.CompressionLevel level)
    {
        var options = new CompressionOptions { BrotliLevel = level, GzipLevel = level };

        var (_, brotli) = CompressedWire.Capture("Accept-Encoding: br\r\n", response => response.WritePlainText(s_text), options);
        var (_, gzip) = CompressedWire.Capture("Accept-Encoding: gzip\r\n", response => response.WritePlainText(s_text), options);

        Assert.Equal(s_text, Encoding.UTF8.GetString(CompressedWire.Decompress("br", brotli)));
        Assert.Equal(s_text, Encoding.UTF8.GetString(CompressedWire.Decompress("gzip", gzip)));
    }

    [Fact]
    public void Gzip_without_compression_never_makes_a_body_smaller_so_it_is_sent_as_it_is_while_brotli_quality_0_still_compresses()
    {
        var options = new CompressionOptions { BrotliLevel = System.IO.Compression.CompressionLevel.NoCompression, GzipLevel = System.IO.Compression.CompressionLevel.NoCompression };

        var (gzip, _) = CompressedWire.Capture("Accept-Encoding: gzip\r\n", response => response.WritePlainText(s_text), options);
        var (brotli, brotliBody) = CompressedWire.Capture("Accept-Encoding: br\r\n", response => response.WritePlainText(s_text), options);

        Assert.Equal(CompressedWire.Head(TextPlain, null, s_text.Length), gzip);
        Assert.Equal(CompressedWire.Head(TextPlain, "br", brotliBody.Length), brotli);
        Assert.Equal(s_text, Encoding.UTF8.GetString(CompressedWire.Decompress("br", brotliBody)));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public void A_body_larger_than_the_kept_buffer_is_compressed_and_the_next_one_too(string coding)
    {
        var large = CompressedWire.Text(300_000);
        var pipe = new System.IO.Pipelines.Pipe(new System.IO.Pipelines.PipeOptions(pauseWriterThreshold: 0));
        var response = new HttpResponse(pipe.Writer, CompressionOptions.Default);
        var request = Requests.Get($"Accept-Encoding: {coding}\r\n");
        foreach (var text in new[] { large, s_text, large })
        {
            response.Reset(ProtocolVersion.Http11, keepAlive: true);
            response.EnableCompression(in request);
            response.WritePlainText(text);
        }

        var rest = CompressedWire.Drain(pipe);
        foreach (var text in new[] { large, s_text, large })
        {
            var (head, body) = CompressedWire.Split(rest);
            var length = int.Parse(head.Split("Content-Length: ")[1].Split("\r\n")[0], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(CompressedWire.Head(TextPlain, coding, length), head);
            Assert.Equal(text, Encoding.UTF8.GetString(CompressedWire.Decompress(coding, body[..length])));
            rest = body[length..];
        }

        Assert.Empty(rest);
    }

    [Fact]
    public void The_next_request_on_the_connection_starts_uncompressed()
    {
        var pipe = new System.IO.Pipelines.Pipe(new System.IO.Pipelines.PipeOptions(pauseWriterThreshold: 0));
        var response = new HttpResponse(pipe.Writer, CompressionOptions.Default);
        var request = Requests.Get("Accept-Encoding: br\r\n");
        response.Reset(ProtocolVersion.Http11, keepAlive: true);
        response.EnableCompression(in request);
        response.WritePlainText(s_text);
        response.Reset(ProtocolVersion.Http11, keepAlive: true);
        response.WritePlainText(s_text);

        var wire = CompressedWire.Drain(pipe);
        var (firstHead, rest) = CompressedWire.Split(wire);
        var firstLength = int.Parse(firstHead.Split("Content-Length: ")[1].Split("\r\n")[0], System.Globalization.CultureInfo.InvariantCulture);
        var (head, body) = CompressedWire.Split(rest[firstLength..]);

        Assert.Contains("Content-Encoding: br\r\n", firstHead, StringComparison.Ordinal);
        Assert.Equal(CompressedWire.Head(TextPlain, null, s_text.Length, vary: false), head);
        Assert.Equal(s_text, Encoding.ASCII.GetString(body));
    }

    [Fact]
    public void Options_refuse_a_negative_minimum_size_and_an_undefined_level()
    {
        Assert.Throws<ArgumentOutOfRangeException>(static () => new CompressionOptions { MinimumSize = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(static () => new CompressionOptions { GzipLevel = (System.IO.Compression.CompressionLevel)9 });
        Assert.Throws<ArgumentNullException>(static () => new ServerOptions { EndPoint = new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0), Compression = null! });
    }

    private static void AssertCompressed(Action<HttpResponse> write, string contentType, byte[] original, string status = "200 OK")
    {
        var (head, body) = CompressedWire.Capture("Accept-Encoding: br\r\n", write);

        Assert.Equal(CompressedWire.Head(contentType, "br", body.Length).Replace("200 OK", status, StringComparison.Ordinal), head);
        Assert.Equal(original, CompressedWire.Decompress("br", body));
    }
}

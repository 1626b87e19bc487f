using System;
using System.Globalization;
using System.Text;
using System.Threading.Tasks;
using MiniHttp.Tests.Server;

namespace MiniHttp.Tests.Streaming;

/// <summary>Routes that stream their bodies, served over loopback: bodies read as they arrive, bounded, and drained.</summary>
public sealed class StreamedBodyServerTests
{
    private const string Next = "GET /echo?next HTTP/1.1\r\nHost: a\r\n\r\n";

    [Fact]
    public async Task A_content_length_body_is_read_as_it_arrives_and_the_request_behind_it_answered()
    {
        await using var server = TestServer.Start<StreamingRouter>();
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync($"POST /count HTTP/1.1\r\nHost: a\r\nContent-Length: 100000\r\n\r\n{new string('x', 100_000)}{Next}");

        Assert.Equal(Wire.Ok("100000") + Wire.Ok("next"), Wire.MaskDate(await client.ReceiveResponsesAsync(2)));
    }

    [Fact]
    public async Task A_chunked_body_read_as_a_stream_is_decoded()
    {
        await using var server = TestServer.Start<StreamingRouter>();
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync("POST /stream HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nhello \r\n");
        await client.SendAsync("5\r\nworld\r\n0\r\n\r\n" + Next);

        Assert.Equal(Wire.Ok("hello world") + Wire.Ok("next"), Wire.MaskDate(await client.ReceiveResponsesAsync(2)));
    }

    [Fact]
    public async Task A_20_MB_chunked_upload_is_counted_while_the_server_holds_only_a_bounded_part_of_it()
    {
        const int ChunkSize = 64 * 1024;
        const int Chunks = 320;
        await using var server = TestServer.Start<StreamingRouter>(limits: ServerLimits.Default with { MaxRequestBodySize = 32 * 1024 * 1024 });
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);
        StreamingRouter.TakeLargestRead();

        await client.SendAsync("POST /count HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n");
        var chunk = Encoding.ASCII.GetBytes($"{ChunkSize:x}\r\n{new string('y', ChunkSize)}\r\n");
        for (var i = 0; i < Chunks; i++)
        {
            await client.SendAsync(chunk);
        }

        await client.SendAsync("0\r\n\r\n" + Next);

        var expected = (ChunkSize * Chunks).ToString(CultureInfo.InvariantCulture);
        Assert.Equal("20971520", expected);
        Assert.Equal(Wire.Ok(expected) + Wire.Ok("next"), Wire.MaskDate(await client.ReceiveResponsesAsync(2)));
        var largestRead = StreamingRouter.TakeLargestRead();
        Assert.InRange(largestRead, 1, 256 * 1024);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_answered_413_and_the_connection_closed()
    {
        await using var server = TestServer.Start<StreamingRouter>(limits: ServerLimits.Default with { MaxRequestBodySize = 1000 });
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync($"POST /count HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n258\r\n{new string('z', 600)}\r\n258\r\n{new string('z', 600)}\r\n0\r\n\r\n{Next}");

        const string TooLarge = "HTTP/1.1 413 Content Too Large\r\nDate: *\r\nServer: MiniHttp\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Connection: close\r\nContent-Length: 23\r\n\r\nRequest body too large.";
        Assert.Equal(TooLarge, Wire.MaskDate(await client.ReceiveToEndAsync()));
    }

    [Fact]
    public async Task A_content_length_over_the_limit_is_refused_before_the_handler_runs()
    {
        await using var server = TestServer.Start<StreamingRouter>(limits: ServerLimits.Default with { MaxRequestBodySize = 1000 });
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync($"POST /count HTTP/1.1\r\nHost: a\r\nContent-Length: 1001\r\n\r\n{Next}");

        const string TooLarge = "HTTP/1.1 413 Content Too Large\r\nDate: *\r\nServer: MiniHttp\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Connection: close\r\nContent-Length: 23\r\n\r\nRequest body too large.";
        Assert.Equal(TooLarge, Wire.MaskDate(await client.ReceiveToEndAsync()));
    }

    [Theory]
    [InlineData("Content-Length: 5000\r\n\r\n", 5000)]
    [InlineData("Transfer-Encoding: chunked\r\n\r\n1388\r\n", 5000)]
    public async Task A_body_the_handler_never_reads_is_drained_and_the_next_request_answered(string framing, int length)
    {
        await using var server = TestServer.Start<StreamingRouter>();
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);
        var chunkedEnd = framing.Contains("chunked", StringComparison.Ordinal) ? "\r\n0\r\n\r\n" : "";

        await client.SendAsync($"POST /ignore HTTP/1.1\r\nHost: a\r\n{framing}{new string('q', length)}{chunkedEnd}{Next}");

        Assert.Equal(Wire.Ok("ignored") + Wire.Ok("next"), Wire.MaskDate(await client.ReceiveResponsesAsync(2)));
    }

    [Fact]
    public async Task A_request_without_a_body_on_a_streaming_route_reads_as_empty()
    {
        await using var server = TestServer.Start<StreamingRouter>();
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync("GET /stream HTTP/1.1\r\nHost: a\r\n\r\nPOST /count HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n" + Next);

        Assert.Equal(Wire.Ok("") + Wire.Ok("0") + Wire.Ok("next"), Wire.MaskDate(await client.ReceiveResponsesAsync(3)));
    }

    [Fact]
    public void A_route_that_does_not_stream_its_body_has_no_body_reader_for_a_body()
    {
        var withBody = new HttpRequest(RequestMethod.Post, "POST"u8, "/"u8, default, ProtocolVersion.Http11, default, "body"u8, keepAlive: true);
        var withoutBody = new HttpRequest(RequestMethod.Post, "POST"u8, "/"u8, default, ProtocolVersion.Http11, default, default, keepAlive: true);

        try
        {
            _ = withBody.BodyReader;
            Assert.Fail("A buffered body was offered as a stream.");
        }
        catch (InvalidOperationException)
        {
        }

        Assert.True(withoutBody.BodyReader.TryRead(out var result));
        Assert.True(result.IsCompleted);
        Assert.True(result.Buffer.IsEmpty);
    }

    [Fact]
    public async Task A_client_expecting_100_continue_is_told_to_go_on_when_the_handler_first_reads()
    {
        await using var server = TestServer.Start<StreamingRouter>();
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync("POST /stream HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
        Assert.Equal("HTTP/1.1 100 Continue\r\n\r\n", await client.ReceiveResponsesAsync(1));
        await client.SendAsync("body");

        Assert.Equal(Wire.Ok("body"), Wire.MaskDate(await client.ReceiveResponsesAsync(1)));
    }

    [Fact]
    public async Task A_handler_that_answers_without_reading_a_body_it_was_promised_closes_the_connection()
    {
        await using var server = TestServer.Start<StreamingRouter>();
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync("POST /ignore HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");

        Assert.Equal(Wire.Ok("ignored"), Wire.MaskDate(await client.ReceiveToEndAsync()));
    }
}

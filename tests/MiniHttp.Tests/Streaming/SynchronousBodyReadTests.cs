using System;
using System.IO;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using MiniHttp.Tests.Server;

namespace MiniHttp.Tests.Streaming;

/// <summary>
/// <see cref="ServerOptions.AllowSynchronousIO"/>: synchronous reads of <see cref="HttpRequest.BodyStream"/> throw an
/// <see cref="InvalidOperationException"/> naming the option by default (the handler fails, so the client gets a 500), and
/// read the body when it is on.
/// </summary>
public sealed class SynchronousBodyReadTests
{
    private const string Next = "GET /echo?next HTTP/1.1\r\nHost: a\r\n\r\n";

    /// <summary>
    /// <c>/read</c> and <c>/copy</c> read their streamed bodies synchronously in <c>Dispatch</c>; <c>/read-on-pool</c>
    /// copies it synchronously on a thread-pool thread, as a handler must where synchronous reads are allowed; <c>/empty</c>
    /// reads the stream of a request without a body. Each answers with what it read.
    /// </summary>
    private readonly struct SynchronousRouter : IHttpRouter
    {
        public static bool StreamsBody(RequestMethod method, ReadOnlySpan<byte> path) => !path.SequenceEqual("/echo"u8);

        public void Dispatch(scoped in HttpRequest request, HttpResponse response)
        {
            switch (request.Path)
            {
                case var path when path.SequenceEqual("/read"u8) || path.SequenceEqual("/empty"u8):
                    var buffer = new byte[64];
                    var read = request.BodyStream.Read(buffer);
                    response.WritePlainText(buffer.AsSpan(0, read));
                    break;

                case var path when path.SequenceEqual("/copy"u8):
                    using (var copy = new MemoryStream())
                    {
                        request.BodyStream.CopyTo(copy);
                        response.WritePlainText(copy.ToArray());
                    }

                    break;

                case var path when path.SequenceEqual("/read-on-pool"u8):
                    var body = request.BodyStream;
                    response.Defer(new ValueTask(Task.Run(() =>
                    {
                        using var copy = new MemoryStream();
                        body.CopyTo(copy);
                        response.WritePlainText(copy.ToArray());
                    })));
                    break;

                default:
                    response.WritePlainText(request.Query);
                    break;
            }
        }
    }

    [Theory]
    [InlineData("POST /read HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\nhello world")]
    [InlineData("POST /copy HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")]
    [InlineData("GET /empty HTTP/1.1\r\nHost: a\r\n\r\n")]
    public async Task A_synchronous_read_is_refused_by_default_with_an_exception_that_names_the_option(string request)
    {
        var logger = new CapturingLogger();
        await using var server = Start(logger, allowSynchronousIO: false);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync(request + Next);

        Assert.Equal(Wire.InternalServerError + Wire.Ok("next"), Wire.MaskDate(await client.ReceiveResponsesAsync(2)));
        var failure = Assert.IsType<InvalidOperationException>(Assert.Single(logger.WithEvent("HandlerFailed")).Exception);
        Assert.Contains("ServerOptions.AllowSynchronousIO", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST /read-on-pool HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\nhello world", "hello world")]
    [InlineData("POST /read-on-pool HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nhello \r\n5\r\nworld\r\n0\r\n\r\n", "hello world")]
    [InlineData("POST /read-on-pool HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n", "")]
    public async Task A_synchronous_read_reads_the_body_when_allowed(string request, string body)
    {
        var logger = new CapturingLogger();
        await using var server = Start(logger, allowSynchronousIO: true);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync(request + Next);

        Assert.Equal(Wire.Ok(body) + Wire.Ok("next"), Wire.MaskDate(await client.ReceiveResponsesAsync(2)));
        Assert.Empty(logger.WithEvent("HandlerFailed"));
    }

    [Fact]
    public async Task A_synchronous_read_of_a_body_sent_after_the_head_waits_for_it_when_allowed()
    {
        await using var server = Start(new CapturingLogger(), allowSynchronousIO: true);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync("POST /read-on-pool HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\nExpect: 100-continue\r\n\r\n");
        Assert.Equal("HTTP/1.1 100 Continue\r\n\r\n", await client.ReceiveResponsesAsync(1));
        await client.SendAsync(Encoding.ASCII.GetBytes("hello world"));

        Assert.Equal(Wire.Ok("hello world"), Wire.MaskDate(await client.ReceiveResponsesAsync(1)));
    }

    [Fact]
    public void The_option_is_off_by_default()
    {
        Assert.False(new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) }.AllowSynchronousIO);
    }

    private static HttpServer<SynchronousRouter> Start(CapturingLogger logger, bool allowSynchronousIO)
    {
        var server = new HttpServer<SynchronousRouter>(
            new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0), Logger = logger, AllowSynchronousIO = allowSynchronousIO });
        server.Start();
        return server;
    }
}

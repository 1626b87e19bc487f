using System;
using System.Globalization;
using System.IO.Pipelines;
using System.Threading.Tasks;
using MiniHttp.Tests.Server;

namespace MiniHttp.Tests.Conformance;

/// <summary>
/// <see cref="ServerLimits.MaxBufferedRequestBodySize"/> over a real connection (here 1,024 bytes, with a
/// <see cref="ServerLimits.MaxRequestBodySize"/> of 64 KiB): a body read whole is refused with <c>413</c> and a close as
/// soon as its Content-Length or chunk sizes pass the limit, before the rest is sent; a route may set a larger or
/// smaller limit of its own; a route that streams its body is held to the body limit only.
/// </summary>
public sealed class BufferedBodyLimitConformanceTests
{
    private const string Probe = "GET /length HTTP/1.1\r\nHost: a\r\n\r\n";

    private const string TooLarge = "HTTP/1.1 413 Content Too Large\r\nDate: *\r\nServer: MiniHttp\r\nContent-Type: text/plain; charset=utf-8\r\n"
        + "Connection: close\r\nContent-Length: 23\r\n\r\nRequest body too large.";

    private static readonly ServerLimits s_limits = ServerLimits.Default with { MaxBufferedRequestBodySize = 1024, MaxRequestBodySize = 64 * 1024 };

    [Theory]
    [InlineData("/length", 1025)]
    [InlineData("/small", 9)]
    [InlineData("/large", 4097)]
    public async Task A_content_length_past_the_limit_is_413_and_closes_before_the_body_is_sent(string path, int length)
    {
        await using var server = TestServer.Start<LimitedRouter>(limits: s_limits);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        // The head alone: the answer cannot wait for a body that is never sent.
        await client.SendAsync($"POST {path} HTTP/1.1\r\nHost: a\r\nContent-Length: {length}\r\n\r\n");

        Assert.Equal(TooLarge, Wire.MaskDate(await client.ReceiveToEndAsync()));
    }

    [Theory]
    [InlineData("/length", 1024)]
    [InlineData("/small", 8)]
    [InlineData("/large", 4096)]
    public async Task A_content_length_body_exactly_at_the_limit_is_served_and_the_connection_goes_on(string path, int length)
    {
        await using var server = TestServer.Start<LimitedRouter>(limits: s_limits);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync($"POST {path} HTTP/1.1\r\nHost: a\r\nContent-Length: {length}\r\n\r\n{new string('b', length)}{Probe}");

        Assert.Equal(Wire.Ok(Invariant(length)) + Wire.Ok("0"), Wire.MaskDate(await client.ReceiveResponsesAsync(2)));
    }

    [Fact]
    public async Task A_chunked_body_passing_the_limit_mid_body_is_413_without_its_end()
    {
        await using var server = TestServer.Start<LimitedRouter>(limits: s_limits);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        // 1,024 bytes in two chunks are within the limit; the next chunk's size passes it, and the body never ends.
        await client.SendAsync($"POST /length HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n200\r\n{new string('c', 512)}\r\n");
        await client.SendAsync($"200\r\n{new string('c', 512)}\r\n1\r\n");

        Assert.Equal(TooLarge, Wire.MaskDate(await client.ReceiveToEndAsync()));
    }

    [Fact]
    public async Task A_chunked_body_exactly_at_the_limit_is_served()
    {
        await using var server = TestServer.Start<LimitedRouter>(limits: s_limits);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync($"POST /length HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n{new string('c', 1024)}\r\n0\r\n\r\n{Probe}");

        Assert.Equal(Wire.Ok("1024") + Wire.Ok("0"), Wire.MaskDate(await client.ReceiveResponsesAsync(2)));
    }

    [Fact]
    public async Task A_route_that_streams_its_body_takes_up_to_the_body_limit()
    {
        const int Length = 64 * 1024;
        await using var server = TestServer.Start<LimitedRouter>(limits: s_limits);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync($"POST /stream HTTP/1.1\r\nHost: a\r\nContent-Length: {Length}\r\n\r\n{new string('d', Length)}{Probe}");
        Assert.Equal(Wire.Ok(Invariant(Length)) + Wire.Ok("0"), Wire.MaskDate(await client.ReceiveResponsesAsync(2)));

        await client.SendAsync($"POST /stream HTTP/1.1\r\nHost: a\r\nContent-Length: {Length + 1}\r\n\r\n");
        Assert.Equal(TooLarge, Wire.MaskDate(await client.ReceiveToEndAsync()));
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Answers the length of the body: read whole on <c>/length</c> (the server's limit), <c>/small</c> (8 bytes) and
    /// <c>/large</c> (4,096), as a generated router gives routes with <see cref="MaxBufferedRequestBodySizeAttribute"/>; as
    /// it arrives on <c>/stream</c>.
    /// </summary>
    private readonly struct LimitedRouter : IHttpRouter
    {
        public static bool StreamsBody(RequestMethod method, ReadOnlySpan<byte> path) => path.SequenceEqual("/stream"u8);

        public static int MaxBufferedRequestBodySize(RequestMethod method, ReadOnlySpan<byte> path, int serverLimit) =>
            path.SequenceEqual("/small"u8) ? 8 : path.SequenceEqual("/large"u8) ? 4096 : serverLimit;

        public void Dispatch(scoped in HttpRequest request, HttpResponse response)
        {
            if (request.Path.SequenceEqual("/stream"u8))
            {
                var counting = CountAsync(request.BodyReader);
                response.Defer(WriteLengthAsync(counting, response));
            }
            else
            {
                response.WritePlainText(request.Body.Length);
            }
        }

        private static async ValueTask WriteLengthAsync(ValueTask<long> counting, HttpResponse response) =>
            response.WritePlainText(await counting.ConfigureAwait(false));

        private static async ValueTask<long> CountAsync(PipeReader body)
        {
            var count = 0L;
            while (true)
            {
                var result = await body.ReadAsync().ConfigureAwait(false);
                count += result.Buffer.Length;
                body.AdvanceTo(result.Buffer.End);
                if (result.IsCompleted)
                {
                    return count;
                }
            }
        }
    }
}

using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using MiniHttp.Tests.Server;

namespace MiniHttp.Tests.Compression;

/// <summary>Compressed responses over a real loopback connection: to HttpClient, and byte for byte to a raw socket, pipelined.</summary>
public sealed class LoopbackCompressionTests
{
    private static readonly string s_text = CompressedWire.Text(5000);

    /// <summary>What generated code does for routes with and without <c>[Compress]</c>, written out by hand.</summary>
    private readonly struct CompressionRouter : IHttpRouter
    {
        public void Dispatch(scoped in HttpRequest request, HttpResponse response)
        {
            if (request.Path.SequenceEqual("/plain"u8))
            {
                response.WritePlainText(s_text, request.Method == RequestMethod.Head);
                return;
            }

            response.EnableCompression(in request);
            if (request.Path.SequenceEqual("/later"u8))
            {
                response.Defer(WriteLaterAsync(response));
                return;
            }

            response.WritePlainText(request.Path.SequenceEqual("/small"u8) ? "small" : s_text, request.Method == RequestMethod.Head);
        }

        private static async ValueTask WriteLaterAsync(HttpResponse response)
        {
            await Task.Yield();
            response.WritePlainText(s_text);
        }
    }

    [Fact]
    public async Task HttpClient_decompresses_each_coding_to_the_original_text()
    {
        await using var server = TestServer.Start<CompressionRouter>();
        using var handler = new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All };
        using var client = new HttpClient(handler) { BaseAddress = new Uri($"http://{server.LocalEndPoint}"), Timeout = TimeSpan.FromSeconds(10) };

        foreach (var coding in new[] { "br", "gzip" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/text");
            request.Headers.AcceptEncoding.ParseAdd(coding);
            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["Accept-Encoding"], response.Headers.Vary);
            Assert.Equal(s_text, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Pipelined_requests_get_their_own_codings_in_order_with_exact_heads()
    {
        await using var server = TestServer.Start<CompressionRouter>();
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync(
            "GET /text HTTP/1.1\r\nHost: a\r\nAccept-Encoding: gzip, br\r\n\r\n"
            + "GET /text HTTP/1.1\r\nHost: a\r\nAccept-Encoding: gzip\r\n\r\n"
            + "GET /later HTTP/1.1\r\nHost: a\r\nAccept-Encoding: br;q=0.1, gzip;q=0.2\r\n\r\n"
            + "GET /text HTTP/1.1\r\nHost: a\r\n\r\n"
            + "GET /small HTTP/1.1\r\nHost: a\r\nAccept-Encoding: br\r\n\r\n"
            + "GET /plain HTTP/1.1\r\nHost: a\r\nAccept-Encoding: br\r\n\r\n");
        var responses = Responses(await client.ReceiveResponsesAsync(6));

        // Alone and last, because the client reads a response by its Content-Length, which a HEAD's has but its body not.
        await client.SendAsync("HEAD /text HTTP/1.1\r\nHost: a\r\nAccept-Encoding: br\r\nConnection: close\r\n\r\n");
        var head = CompressedWire.Mask(await client.ReceiveToEndAsync());

        AssertCompressed(responses[0], "br");
        AssertCompressed(responses[1], "gzip");
        AssertCompressed(responses[2], "gzip");
        Assert.Equal(CompressedWire.Head("text/plain; charset=utf-8", null, s_text.Length) + s_text, responses[3]);
        Assert.Equal(CompressedWire.Head("text/plain; charset=utf-8", null, 5) + "small", responses[4]);
        Assert.Equal(CompressedWire.Head("text/plain; charset=utf-8", null, s_text.Length, vary: false) + s_text, responses[5]);
        Assert.Equal(responses[0][..(responses[0].IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)].Replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n", StringComparison.Ordinal), head);
    }

    private static void AssertCompressed(string response, string coding)
    {
        var (head, body) = CompressedWire.Split(Encoding.Latin1.GetBytes(response));

        Assert.Equal(CompressedWire.Head("text/plain; charset=utf-8", coding, body.Length), head);
        Assert.Equal(s_text, Encoding.UTF8.GetString(CompressedWire.Decompress(coding, body)));
    }

    /// <summary>Splits responses by their Content-Length.</summary>
    private static string[] Responses(string wire)
    {
        var responses = new System.Collections.Generic.List<string>();
        while (wire.Length > 0)
        {
            var headEnd = wire.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4;
            var head = wire[..headEnd];
            var length = int.Parse(head.Split("Content-Length: ")[1].Split("\r\n")[0], CultureInfo.InvariantCulture);
            responses.Add(CompressedWire.Mask(wire[..(headEnd + length)]));
            wire = wire[(headEnd + length)..];
        }

        return [.. responses];
    }
}

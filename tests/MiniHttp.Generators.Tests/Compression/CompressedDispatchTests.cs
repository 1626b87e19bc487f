using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.IO.Pipelines;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Compression;

/// <summary>The generated router compresses the responses of <c>[Compress]</c> handlers, and only theirs.</summary>
public sealed partial class CompressedDispatchTests
{
    [Theory]
    [InlineData(RequestMethod.Get, "/compress/text")]
    [InlineData(RequestMethod.Get, "/compress/later")]
    public async Task A_compress_handler_answers_br_with_vary_and_the_compressed_length(RequestMethod method, string path)
    {
        var (head, body) = await DispatchAsync(method, path, "Accept-Encoding: gzip, br\r\n");

        Assert.Equal(Head(coding: "br", body.Length), head);
        await using var decoder = new BrotliStream(new MemoryStream(body), CompressionMode.Decompress);
        using var text = new StreamReader(decoder, Encoding.UTF8);
        Assert.Equal(CompressRoutes.Text, await text.ReadToEndAsync());
    }

    [Fact]
    public async Task Head_of_a_compress_handler_is_the_head_of_its_get()
    {
        var (getHead, _) = await DispatchAsync(RequestMethod.Get, "/compress/text", "Accept-Encoding: br\r\n");
        var (head, body) = await DispatchAsync(RequestMethod.Head, "/compress/text", "Accept-Encoding: br\r\n");

        Assert.Equal(getHead, head);
        Assert.Empty(body);
    }

    [Fact]
    public async Task Without_accept_encoding_the_body_is_sent_as_it_is_with_vary()
    {
        var (head, body) = await DispatchAsync(RequestMethod.Get, "/compress/text", string.Empty);

        Assert.Equal(Head(coding: null, CompressRoutes.Text.Length), head);
        Assert.Equal(CompressRoutes.Text, Encoding.UTF8.GetString(body));
    }

    [Fact]
    public async Task A_handler_without_compress_ignores_accept_encoding()
    {
        var (head, body) = await DispatchAsync(RequestMethod.Get, "/compress/off", "Accept-Encoding: gzip, br\r\n");

        Assert.Equal(Head(coding: null, CompressRoutes.Text.Length).Replace("Vary: Accept-Encoding\r\n", string.Empty, StringComparison.Ordinal), head);
        Assert.Equal(CompressRoutes.Text, Encoding.UTF8.GetString(body));
    }

    private static string Head(string? coding, int contentLength) =>
        "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + ResponseCapture.Date + "Content-Type: text/plain; charset=utf-8\r\nVary: Accept-Encoding\r\n"
        + (coding is null ? string.Empty : $"Content-Encoding: {coding}\r\n")
        + string.Create(CultureInfo.InvariantCulture, $"Content-Length: {contentLength}\r\n\r\n");

    /// <summary>Dispatches in memory, awaiting a deferred response as the connection does, and splits the head from the body bytes.</summary>
    private static async Task<(string Head, byte[] Body)> DispatchAsync(RequestMethod method, string path, string headers)
    {
        var pipe = new Pipe();
        var response = new HttpResponse(pipe.Writer);
        response.Reset(ProtocolVersion.Http11, keepAlive: true);
        Dispatch(method, path, headers, response);
        if (response.IsDeferred)
        {
            await response.TakeDeferred();
        }

        await pipe.Writer.FlushAsync();
        await pipe.Writer.CompleteAsync();
        var result = await pipe.Reader.ReadAsync();
        var wire = result.Buffer.ToArray();
        var headLength = wire.AsSpan().IndexOf("\r\n\r\n"u8) + 4;
        return (DateLine().Replace(Encoding.Latin1.GetString(wire, 0, headLength), ResponseCapture.Date), wire[headLength..]);
    }

    private static void Dispatch(RequestMethod method, string path, string headers, HttpResponse response)
    {
        var request = new HttpRequest(
            method,
            Encoding.ASCII.GetBytes(method.ToString().ToUpperInvariant()),
            Encoding.ASCII.GetBytes(path),
            [],
            ProtocolVersion.Http11,
            Encoding.Latin1.GetBytes(headers),
            [],
            keepAlive: true);
        Wire.Router.Dispatch(in request, response);
    }

    [GeneratedRegex(@"Date: [^\r]*\r\n")]
    private static partial Regex DateLine();
}

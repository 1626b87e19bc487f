using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.IO.Pipelines;
using System.Text;
using System.Text.RegularExpressions;

namespace MiniHttp.Tests.Compression;

/// <summary>
/// Answers one request through a response over an in-memory pipe and splits what reached the pipe into the head, as text
/// with Date masked, and the body bytes, which may be compressed.
/// </summary>
internal static partial class CompressedWire
{
    public const string Date = "Date: <date>\r\n";

    public static (string Head, byte[] Body) Capture(string requestHeaders, Action<HttpResponse> write, CompressionOptions? options = null, int? minimumSize = null)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        var response = new HttpResponse(pipe.Writer, options ?? CompressionOptions.Default);
        response.Reset(ProtocolVersion.Http11, keepAlive: true);
        var request = Requests.Get(requestHeaders);
        if (minimumSize is { } size)
        {
            response.EnableCompression(in request, size);
        }
        else
        {
            response.EnableCompression(in request);
        }

        write(response);
        return Split(Drain(pipe));
    }

    public static byte[] Drain(Pipe pipe)
    {
        pipe.Writer.FlushAsync().AsTask().GetAwaiter().GetResult();
        pipe.Writer.Complete();
        pipe.Reader.TryRead(out var result);
        var bytes = result.Buffer.ToArray();
        pipe.Reader.AdvanceTo(result.Buffer.End);
        pipe.Reader.Complete();
        return bytes;
    }

    public static (string Head, byte[] Body) Split(byte[] response)
    {
        var headLength = response.AsSpan().IndexOf("\r\n\r\n"u8) + 4;
        return (Mask(Encoding.Latin1.GetString(response, 0, headLength)), response[headLength..]);
    }

    public static string Mask(string text) => DateLine().Replace(text, Date);

    /// <summary>The head of a 200 whose body is in <paramref name="coding"/> (null for none), as the server writes it.</summary>
    public static string Head(string contentType, string? coding, int contentLength, bool vary = true) =>
        "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + Date + $"Content-Type: {contentType}\r\n"
        + (vary ? "Vary: Accept-Encoding\r\n" : string.Empty)
        + (coding is null ? string.Empty : $"Content-Encoding: {coding}\r\n")
        + string.Create(CultureInfo.InvariantCulture, $"Content-Length: {contentLength}\r\n\r\n");

    public static byte[] Decompress(string coding, byte[] body)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Text that compresses well and is <paramref name="length"/> bytes of ASCII.</summary>
    public static string Text(int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"item {i % 10}, ");
        }

        return text.ToString(0, length);
    }

    [GeneratedRegex(@"Date: [^\r]*\r\n")]
    private static partial Regex DateLine();
}

using System;
using System.Buffers;
using System.ComponentModel;
using System.IO.Pipelines;
using System.Text;

namespace MiniHttp;

public sealed partial class HttpResponse
{
    // "Vary: Accept-Encoding\r\n" and the longest Content-Encoding line, with room to spare.
    private const int MaxCompressionHeadersLength = 64;

    private readonly CompressionOptions _compressionOptions = CompressionOptions.Default;
    private ResponseCompressor? _compressor;

    // For the request being answered: whether its route compresses, the coding its Accept-Encoding chose, the smallest
    // body worth compressing, and the coding of the body being written (so that its head names it).
    private bool _varies;
    private ContentCoding _coding;
    private int _compressionMinimumSize;
    private ContentCoding _bodyCoding;

    /// <param name="output">The connection's output.</param>
    /// <param name="compression">How the routes that compress do it: the server's <see cref="ServerOptions.Compression"/>.</param>
    internal HttpResponse(PipeWriter output, CompressionOptions compression)
        : this(output) => _compressionOptions = compression;

    /// <summary>How the server compresses: <see cref="ServerOptions.Compression"/>.</summary>
    internal CompressionOptions Compression => _compressionOptions;

    /// <summary>
    /// Compresses this request's response if its <c>Accept-Encoding</c> takes a coding the server offers, and marks it
    /// <c>Vary: Accept-Encoding</c> either way. Called by generated code first thing for a route that compresses
    /// (<see cref="CompressAttribute"/>), while the request's headers are still there to read.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void EnableCompression(scoped in HttpRequest request) => EnableCompression(in request, _compressionOptions.MinimumSize);

    /// <inheritdoc cref="EnableCompression(in HttpRequest)"/>
    /// <param name="request">The request being answered.</param>
    /// <param name="minimumSize">The smallest body compressed, in bytes: the route's own <see cref="CompressAttribute.MinimumSize"/>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void EnableCompression(scoped in HttpRequest request, int minimumSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimumSize);
        var options = _compressionOptions;
        if (!options.Enabled)
        {
            return;
        }

        _varies = true;
        _compressionMinimumSize = minimumSize;
        _coding = AcceptEncoding.Negotiate(in request, options.Brotli, options.Gzip);
    }

    /// <summary>Forgets the previous request's compression, so that a route that does not compress writes as if none existed.</summary>
    private void ResetCompression()
    {
        _varies = false;
        _coding = ContentCoding.Identity;
    }

    /// <summary>Room for the compression lines, reserved only by a route that compresses.</summary>
    private int CompressionHeadersRoom => _varies ? MaxCompressionHeadersLength : 0;

    /// <summary>The compression lines of the head: <c>Vary</c> for a route that compresses, <c>Content-Encoding</c> for a coded body.</summary>
    private int AppendCompressionHeaders(Span<byte> span, int written)
    {
        if (!_varies)
        {
            return written;
        }

        written = Append(span, written, "Vary: Accept-Encoding\r\n"u8);
        return _bodyCoding switch
        {
            ContentCoding.Brotli => Append(span, written, "Content-Encoding: br\r\n"u8),
            ContentCoding.Gzip => Append(span, written, "Content-Encoding: gzip\r\n"u8),
            _ => written,
        };
    }

    /// <summary>
    /// Whether a body about to be written in the negotiated coding is to be compressed: see <see cref="CompressAttribute"/>
    /// for which are. Asked only once a coding was negotiated, so that the other responses pay one comparison.
    /// </summary>
    private bool ShouldCompress(ReadOnlySpan<byte> statusLine, ReadOnlySpan<byte> extraHeaders, ReadOnlySpan<byte> contentTypeLine, int bodyLength) =>
        bodyLength >= _compressionMinimumSize
        && IsSuccessWithFullContent(statusLine)
        && CompressibleContentTypes.Includes(contentTypeLine)
        && !HasContentEncoding(extraHeaders);

    /// <summary>Writes a body compressed in the negotiated coding, or as it is when coding would not make it smaller.</summary>
    private void WriteCompressed(ReadOnlySpan<byte> statusLine, ReadOnlySpan<byte> extraHeaders, ReadOnlySpan<byte> contentTypeLine, ReadOnlySpan<byte> body, bool omitBody)
    {
        var compressed = (_compressor ??= new ResponseCompressor()).Compress(_coding, body, _compressionOptions);
        if (compressed.IsEmpty)
        {
            compressed = body;
        }
        else
        {
            _bodyCoding = _coding;
        }

        try
        {
            var span = BeginResponse(statusLine, extraHeaders, contentTypeLine, compressed.Length, out var headLength);
            compressed.CopyTo(span[headLength..]);
            EndResponse(headLength, compressed.Length, omitBody);
        }
        finally
        {
            _bodyCoding = ContentCoding.Identity;
        }
    }

    /// <summary>Encodes a text body first, since it is compressed from its UTF-8 bytes.</summary>
    private void WriteTextCompressed(ReadOnlySpan<byte> statusLine, ReadOnlySpan<byte> extraHeaders, ReadOnlySpan<byte> contentTypeLine, string text, bool omitBody)
    {
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, utf8);
            Write(statusLine, extraHeaders, contentTypeLine, utf8.AsSpan(0, length), omitBody);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    /// <summary>
    /// A 2xx status line but 204 and 205, which have no content, and 206, whose ranges are of the uncoded body.
    /// </summary>
    private static bool IsSuccessWithFullContent(ReadOnlySpan<byte> statusLine) =>
        StatusLines.CodeOf(statusLine) is >= 200 and < 300 and not (204 or 205 or 206);

    /// <summary>Whether the handler coded the body itself: a second coding on top would make it undecodable as labelled.</summary>
    private static bool HasContentEncoding(ReadOnlySpan<byte> headerLines)
    {
        foreach (var line in headerLines.Split("\r\n"u8))
        {
            var field = headerLines[line];
            if (field.Length > "Content-Encoding:"u8.Length && Ascii.EqualsIgnoreCase(field[.."Content-Encoding:"u8.Length], "Content-Encoding:"u8))
            {
                return true;
            }
        }

        return false;
    }
}

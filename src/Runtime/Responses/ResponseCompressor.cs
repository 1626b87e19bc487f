using System;
using System.IO;
using System.IO.Compression;

namespace MiniHttp;

/// <summary>
/// Compresses whole response bodies into a buffer the connection reuses, so that the compressed length is known before
/// the head, which carries it as Content-Length, is written.
/// </summary>
internal sealed class ResponseCompressor
{
    // A body this large is rare: past it the buffer is dropped after use rather than kept for the connection's life.
    private const int RetainedCapacity = 64 * 1024;

    // Brotli's default window (4 MiB less 16 bytes), as .NET's BrotliEncoder and BrotliStream use.
    private const int BrotliWindow = 22;

    private MemoryStream? _output;

    /// <summary>
    /// The body in <paramref name="coding"/>, valid until the next call; empty when the coded body would not be smaller,
    /// in which case the body is best sent as it is.
    /// </summary>
    public ReadOnlySpan<byte> Compress(ContentCoding coding, ReadOnlySpan<byte> body, CompressionOptions options)
    {
        var output = _output ??= new MemoryStream();
        output.SetLength(0);
        var length = coding == ContentCoding.Brotli
            ? CompressBrotli(output, body, BrotliQuality(options.BrotliLevel))
            : CompressGzip(output, body, options.GzipLevel);
        var compressed = output.GetBuffer().AsSpan(0, length);

        if (output.Capacity > RetainedCapacity)
        {
            // The span still points into the buffer, which lives as long as the span is used.
            _output = null;
        }

        return compressed.Length < body.Length ? compressed : [];
    }

    /// <summary>One-shot Brotli straight into the buffer: no encoder object, so nothing allocated once the buffer is big enough.</summary>
    private static int CompressBrotli(MemoryStream output, ReadOnlySpan<byte> body, int quality)
    {
        var bound = BrotliEncoder.GetMaxCompressedLength(body.Length);
        if (output.Capacity < bound)
        {
            output.Capacity = bound;
        }

        if (!BrotliEncoder.TryCompress(body, output.GetBuffer().AsSpan(0, bound), out var written, quality, BrotliWindow))
        {
            throw new InvalidOperationException("Brotli could not compress the body within its own bound.");
        }

        return written;
    }

    private static int CompressGzip(MemoryStream output, ReadOnlySpan<byte> body, CompressionLevel level)
    {
        using (var gzip = new GZipStream(output, level, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return (int)output.Length;
    }

    /// <summary>Brotli's quality (0 to 11) for a level, as .NET's own Brotli stream maps them.</summary>
    private static int BrotliQuality(CompressionLevel level) => level switch
    {
        CompressionLevel.NoCompression => 0,
        CompressionLevel.Fastest => 1,
        CompressionLevel.SmallestSize => 11,
        _ => 4,
    };
}

using System;
using System.IO.Compression;

namespace MiniHttp;

/// <summary>
/// How the server compresses the responses of the routes that compress: a handler marked <see cref="CompressAttribute"/>,
/// or every handler when the assembly is. Set once, as <see cref="ServerOptions.Compression"/>.
/// </summary>
/// <remarks>
/// Both codings are fast at <see cref="CompressionLevel.Fastest"/>, the default: a response is compressed anew for every
/// request, so each level up costs CPU on every response for a few percent fewer bytes, while the first level already
/// takes most of the saving on JSON and text.
/// </remarks>
public sealed record CompressionOptions
{
    /// <summary>Brotli and gzip, both at <see cref="CompressionLevel.Fastest"/>, for bodies of 1024 bytes and more.</summary>
    public static CompressionOptions Default { get; } = new();

    /// <summary>Whether <c>br</c> is offered; when the client weighs it the same as <c>gzip</c>, <c>br</c> is chosen.</summary>
    public bool Brotli { get; init; } = true;

    /// <summary>Whether <c>gzip</c> is offered.</summary>
    public bool Gzip { get; init; } = true;

    /// <summary>The Brotli level: quality 1 for <see cref="CompressionLevel.Fastest"/>, 4 for Optimal, 11 for SmallestSize.</summary>
    public CompressionLevel BrotliLevel { get; init => field = Defined(value, nameof(BrotliLevel)); } = CompressionLevel.Fastest;

    /// <summary>The gzip (zlib) level.</summary>
    public CompressionLevel GzipLevel { get; init => field = Defined(value, nameof(GzipLevel)); } = CompressionLevel.Fastest;

    /// <summary>
    /// The smallest body compressed, in bytes, unless a route sets its own with <see cref="CompressAttribute.MinimumSize"/>.
    /// 1024 by default: a smaller body and its head fit in one TCP segment (1460 bytes on Ethernet) anyway, so
    /// compressing it saves no packet and no round trip, only CPU.
    /// </summary>
    public int MinimumSize { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(MinimumSize), "The minimum size must be 0 or more."); } = 1024;

    /// <summary>Whether any coding is offered: with none, no request's Accept-Encoding is read at all.</summary>
    internal bool Enabled => Brotli || Gzip;

    private static CompressionLevel Defined(CompressionLevel level, string name) =>
        Enum.IsDefined(level) ? level : throw new ArgumentOutOfRangeException(name, level, "Not a CompressionLevel.");
}

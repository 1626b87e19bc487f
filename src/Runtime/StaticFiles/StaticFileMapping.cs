using System;

namespace MiniHttp;

/// <summary>
/// Serves the files under <see cref="RootDirectory"/> at <see cref="RequestPath"/>: <c>GET</c> and <c>HEAD</c> of
/// <c>/static/css/site.css</c> answer <c>{RootDirectory}/css/site.css</c>. Set in <see cref="ServerOptions.StaticFiles"/>.
/// </summary>
/// <param name="RequestPath">
/// The URL prefix, one or more path segments without a trailing slash (<c>/static</c>), or <c>/</c> for the whole site.
/// </param>
/// <param name="RootDirectory">The directory whose files are served; resolved (symbolic links included) when the server starts.</param>
public sealed record StaticFileMapping(string RequestPath, string RootDirectory)
{
    /// <summary>
    /// Whether to answer with a <c>.br</c> or <c>.gz</c> file lying next to the one asked for, when the request's
    /// <c>Accept-Encoding</c> takes that coding: the compressed bytes already exist, so nothing is compressed per request.
    /// </summary>
    public bool ServePrecompressed { get; init; } = true;

    /// <summary>
    /// Whether to compress a file of a compressible type (text, JSON, JavaScript, SVG…) for the request when no sibling
    /// answers its <c>Accept-Encoding</c>, with the server's <see cref="ServerOptions.Compression"/>: from
    /// <see cref="CompressionOptions.MinimumSize"/> up to <see cref="MaxCompressedFileLength"/> bytes, never for a
    /// <c>Range</c> request (ranges are of the file's own bytes). Off by default: the file is read and compressed anew on
    /// every such request, which costs far more CPU than sending it; precompressed siblings cost nothing per request.
    /// </summary>
    public bool CompressOnTheFly { get; init; }

    /// <summary>The largest file <see cref="CompressOnTheFly"/> compresses (1 MiB): it is held in memory whole while it is.</summary>
    public const int MaxCompressedFileLength = 1024 * 1024;
}

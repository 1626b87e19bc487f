using System;

namespace MiniHttp;

/// <summary>
/// Compresses a handler's responses with <c>br</c> or <c>gzip</c> when the request's <c>Accept-Encoding</c> takes one;
/// on the assembly (<c>[assembly: Compress]</c>), every handler's. <c>[Compress(false)]</c> on a handler opts it out
/// of the assembly's. How the server compresses is <see cref="ServerOptions.Compression"/>.
/// </summary>
/// <remarks>
/// Every response of a route that compresses carries <c>Vary: Accept-Encoding</c>, compressed or not, so that a cache
/// keeps the codings apart. Only a <c>2xx</c> body (but 206) of a text, JSON, XML or JavaScript type, of at least
/// <see cref="MinimumSize"/> bytes, is compressed, and never one the handler gave a <c>Content-Encoding</c> of its own.
/// A streamed body (<see cref="StreamedResult"/>) is sent uncompressed. The generator reads this attribute at compile
/// time: routes that do not compress never look at <c>Accept-Encoding</c>.
/// </remarks>
/// <param name="enabled">False to opt a handler out of the assembly's <c>[Compress]</c>.</param>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class CompressAttribute(bool enabled = true) : Attribute
{
    /// <summary>Whether the handler compresses.</summary>
    public bool Enabled { get; } = enabled;

    /// <summary>
    /// The smallest body compressed, in bytes; -1, the default, for <see cref="CompressionOptions.MinimumSize"/>.
    /// </summary>
    public int MinimumSize { get; set; } = -1;
}

using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp;

/// <summary>
/// A response whose body is written by a producer while it is sent, for a body too large to hold in memory or whose
/// length is not known up front. Made by <see cref="HttpResult.Stream"/>, written by
/// <see cref="HttpResponse.WriteStreamedAsync"/>.
/// </summary>
/// <remarks>
/// <para>
/// The producer is given a write-only <see cref="System.IO.Stream"/> because that is what every .NET source already
/// writes to: <c>FileStream.CopyToAsync</c>, <c>JsonSerializer.SerializeAsync</c>, a compression stream wrapped
/// around it. A <see cref="System.IO.Pipelines.PipeWriter"/> would save one copy but cannot frame a chunk before its
/// length is known without reserving and shifting room for the size line; an
/// <see cref="System.Collections.Generic.IAsyncEnumerable{T}"/> of buffers cannot say when to flush.
/// </para>
/// <para>
/// Each non-empty <c>WriteAsync</c> is sent as one chunk (<c>Transfer-Encoding: chunked</c>) to an HTTP/1.1 request;
/// an HTTP/1.0 request, which knows no chunked coding, gets the bytes as they are and the end of the body is the
/// connection closing. <c>FlushAsync</c> sends what was written so far, the head included even before any body; the
/// stream also flushes by itself whenever enough is waiting, and waits for the client to take it, so memory stays bounded whatever the body's size.
/// Synchronous writes are refused: they would block a thread on a slow client.
/// </para>
/// <para>
/// If the producer throws before writing anything, nothing was sent and the request is answered <c>500</c>. Once
/// part of the body was written it cannot be recalled: the connection closes without ending the body, so an
/// HTTP/1.1 client sees a truncated message rather than a complete wrong one.
/// </para>
/// </remarks>
public readonly struct StreamedResult
{
    private readonly byte[]? _headerLines;
    private readonly byte[]? _contentTypeLine;

    internal StreamedResult(int statusCode, Func<Stream, CancellationToken, ValueTask> producer)
        : this(statusCode, producer, null, ResultHeaders.OctetStream)
    {
        HttpResult.ThrowIfNoContentAllowed(statusCode);
        ArgumentNullException.ThrowIfNull(producer);
    }

    private StreamedResult(int statusCode, Func<Stream, CancellationToken, ValueTask> producer, byte[]? headerLines, byte[]? contentTypeLine)
    {
        StatusCode = statusCode;
        Producer = producer;
        _headerLines = headerLines;
        _contentTypeLine = contentTypeLine;
    }

    /// <summary>The status code; 0 for <c>default(StreamedResult)</c>, which is not a response.</summary>
    public int StatusCode { get; }

    internal Func<Stream, CancellationToken, ValueTask>? Producer { get; }

    internal ReadOnlySpan<byte> HeaderLines => _headerLines;

    internal ReadOnlySpan<byte> ContentTypeLine => _contentTypeLine;

    /// <summary>
    /// This result with one more header; a <c>Content-Type</c> replaces the default <c>application/octet-stream</c>.
    /// The same rules as <see cref="HttpResult.WithHeader"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The header would be malformed, or the server owns it.</exception>
    public StreamedResult WithHeader(string name, string value)
    {
        var headerLines = _headerLines;
        var contentTypeLine = _contentTypeLine;
        ResultHeaders.Add(name, value, ref headerLines, ref contentTypeLine);
        return new StreamedResult(StatusCode, Producer!, headerLines, contentTypeLine);
    }
}

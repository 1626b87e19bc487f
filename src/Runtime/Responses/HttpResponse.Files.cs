using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Win32.SafeHandles;

namespace MiniHttp;

public sealed partial class HttpResponse
{
    /// <summary>
    /// The largest file body copied into the output at once, as part of the batch; a larger one is sent in slices of this
    /// size, each flushed before the next is read, so a slow reader of a large file holds one slice of memory.
    /// </summary>
    internal const int FileSliceSize = 64 * 1024;

    /// <summary>
    /// Answers with <paramref name="count"/> bytes of <paramref name="file"/> from <paramref name="offset"/>, which the
    /// response takes over and disposes whatever happens. The head carries <paramref name="count"/> as Content-Length.
    /// </summary>
    /// <param name="headerLines">The file's own header lines (validators, ranges, coding), each ending in CRLF.</param>
    /// <param name="omitBody">True for <c>HEAD</c>: the head alone, the file not read.</param>
    /// <remarks>
    /// A body of at most <see cref="FileSliceSize"/> is read synchronously into the output now (a file in the page cache
    /// reads in microseconds); a larger one is deferred, read slice by slice with a flush between, and closes the
    /// connection if the file ends early or the client goes away, since the head already promised the length.
    /// </remarks>
    internal void WriteFile(
        ReadOnlySpan<byte> statusLine,
        ReadOnlySpan<byte> headerLines,
        ReadOnlySpan<byte> contentTypeLine,
        SafeFileHandle file,
        long offset,
        long count,
        bool omitBody,
        CancellationToken cancellationToken)
    {
        EnsureOpen();
        if (omitBody || count <= FileSliceSize)
        {
            using (file)
            {
                var span = ReserveHead(statusLine, headerLines, contentTypeLine, omitBody ? 0 : (int)count, out var written);
                var headLength = AppendFileHeadEnd(span, written, count);
                if (!omitBody && !TryReadExactly(file, span.Slice(headLength, (int)count), offset))
                {
                    throw new IOException("The file became shorter while it was being sent.");
                }

                EndResponse(headLength, (int)count, omitBody);
                return;
            }
        }

        var head = ReserveHead(statusLine, headerLines, contentTypeLine, 0, out var headWritten);
        _output.Advance(AppendFileHeadEnd(head, headWritten, count));
        // The head is out: the body that follows is this response's, and nothing else may be written to the request.
        _state = ResponseState.Committed;
        Defer(SendFileSlicesAsync(file, offset, count, cancellationToken));
    }

    /// <summary>
    /// The first <paramref name="length"/> bytes of <paramref name="file"/> compressed in <paramref name="coding"/> at the
    /// server's <see cref="ServerOptions.Compression"/> levels, valid until the next response is written; empty when the
    /// coding would not make them smaller. The file stays open.
    /// </summary>
    internal ReadOnlySpan<byte> CompressFile(SafeFileHandle file, int length, ContentCoding coding)
    {
        var content = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            if (!TryReadExactly(file, content.AsSpan(0, length), 0))
            {
                throw new IOException("The file became shorter while it was being read.");
            }

            return (_compressor ??= new ResponseCompressor()).Compress(coding, content.AsSpan(0, length), _compressionOptions);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(content);
        }
    }

    /// <summary>Answers with a file's body already in memory (<see cref="CompressFile"/>'s) and the file's own header lines.</summary>
    internal void WriteFileContent(ReadOnlySpan<byte> statusLine, ReadOnlySpan<byte> headerLines, ReadOnlySpan<byte> contentTypeLine, ReadOnlySpan<byte> body, bool omitBody) =>
        Write(statusLine, headerLines, contentTypeLine, body, omitBody);

    /// <summary>Answers <c>304 Not Modified</c> with the validator lines of the response it stands for, and no content.</summary>
    internal void WriteNotModified(ReadOnlySpan<byte> headerLines) => WriteBodiless(StatusLines.NotModified, headerLines, []);

    /// <summary>Answers a status with no content (<c>Content-Length: 0</c>): a <c>412</c> or a <c>416</c>.</summary>
    internal void WriteEmpty(ReadOnlySpan<byte> statusLine, ReadOnlySpan<byte> headerLines, bool omitBody) =>
        Write(statusLine, headerLines, [], [], omitBody);

    private int AppendFileHeadEnd(Span<byte> span, int written, long contentLength)
    {
        written = Append(span, written, "Content-Length: "u8);
        contentLength.TryFormat(span[written..], out var digits, default, CultureInfo.InvariantCulture);
        written = Append(span, written + digits, "\r\n"u8);
        return AppendHeadEnd(span, written);
    }

    private async ValueTask SendFileSlicesAsync(SafeFileHandle file, long offset, long count, CancellationToken cancellationToken)
    {
        using (file)
        {
            try
            {
                while (count > 0)
                {
                    var slice = (int)Math.Min(count, FileSliceSize);
                    if (!TryReadExactly(file, _output.GetSpan(slice)[..slice], offset))
                    {
                        throw new IOException("The file became shorter while it was being sent.");
                    }

                    _output.Advance(slice);
                    offset += slice;
                    count -= slice;
                    var flushed = await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
                    if (flushed.IsCompleted || flushed.IsCanceled)
                    {
                        throw new IOException("The client stopped reading the response.");
                    }
                }
            }
            catch
            {
                // The head promised a length the body cannot keep now: only closing tells the client it is cut short.
                KeepAlive = false;
                BodyTruncated = true;
                throw;
            }
        }
    }

    /// <summary>Reads <paramref name="destination"/>'s length from <paramref name="offset"/>; false if the file ends first.</summary>
    private static bool TryReadExactly(SafeFileHandle file, Span<byte> destination, long offset)
    {
        while (!destination.IsEmpty)
        {
            var read = RandomAccess.Read(file, destination, offset);
            if (read == 0)
            {
                return false;
            }

            destination = destination[read..];
            offset += read;
        }

        return true;
    }
}

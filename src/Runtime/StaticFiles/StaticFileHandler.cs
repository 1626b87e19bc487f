using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace MiniHttp.StaticFiles;

/// <summary>
/// Answers the requests whose paths fall under a <see cref="StaticFileMapping"/> from the files on disk, before the
/// router sees them: <c>GET</c> and <c>HEAD</c>, conditional requests, single byte ranges, precompressed siblings and,
/// where the mapping asks for it, compression on the fly.
/// </summary>
/// <remarks>
/// Nothing is cached: every request opens its file and reads its length and time from the open handle, so a file
/// replaced on disk is served new from the next request on, and the bytes sent always belong to the validators sent
/// with them (the handle keeps the file it opened even if the path is replaced meanwhile). The page cache keeps hot
/// files in memory; the server keeps none.
/// </remarks>
internal sealed class StaticFileHandler
{
    // The entity tag, Last-Modified, Accept-Ranges, Content-Range, Content-Encoding, Vary and nosniff lines at their longest.
    private const int MaxFileHeaderLinesLength = 320;

    private readonly StaticFileDirectory[] _directories;

    private StaticFileHandler(StaticFileDirectory[] directories) => _directories = directories;

    /// <summary>The handler for <paramref name="mappings"/>, or null when there are none, so requests pay one null check.</summary>
    public static StaticFileHandler? Create(IReadOnlyList<StaticFileMapping> mappings)
    {
        if (mappings.Count == 0)
        {
            return null;
        }

        var directories = new StaticFileDirectory[mappings.Count];
        for (var i = 0; i < directories.Length; i++)
        {
            directories[i] = new StaticFileDirectory(mappings[i]);
        }

        return new StaticFileHandler(directories);
    }

    /// <summary>Answers <paramref name="request"/> if a mapping covers its path.</summary>
    /// <returns>False when no mapping does, so the router answers it.</returns>
    public bool TryAnswer(scoped in HttpRequest request, HttpResponse response)
    {
        var directory = Find(request.Path);
        if (directory is null)
        {
            return false;
        }

        var omitBody = request.Method == RequestMethod.Head;
        if (request.Method is not (RequestMethod.Get or RequestMethod.Head))
        {
            response.WriteMethodNotAllowed("GET, HEAD"u8);
            return true;
        }

        if (!directory.TryResolve(request.Path, out var path) || !TryOpen(directory, in request, response.Compression, path, out var file))
        {
            response.WriteNotFound(omitBody);
            return true;
        }

        Answer(in request, response, file, omitBody);
        return true;
    }

    private StaticFileDirectory? Find(ReadOnlySpan<byte> path)
    {
        foreach (var directory in _directories)
        {
            if (directory.Covers(path))
            {
                return directory;
            }
        }

        return null;
    }

    /// <summary>
    /// Opens the representation for the request: a precompressed sibling its Accept-Encoding takes, else the file, to be
    /// compressed for it when the mapping compresses on the fly and the request takes a coding the server offers.
    /// </summary>
    private static bool TryOpen(StaticFileDirectory directory, scoped in HttpRequest request, CompressionOptions compression, string path, out StaticFile file)
    {
        var contentTypeLine = ContentTypes.LineFor(path);
        var onTheFly = directory.CompressOnTheFly && compression.Enabled;
        var compressible = (directory.ServePrecompressed || onTheFly) && CompressibleContentTypes.Includes(contentTypeLine);
        if (compressible && directory.ServePrecompressed)
        {
            var siblingCoding = AcceptEncoding.Negotiate(in request, brotli: File.Exists(path + ".br"), gzip: File.Exists(path + ".gz"));
            if (siblingCoding != ContentCoding.Identity && TryOpenHandle(path + (siblingCoding == ContentCoding.Brotli ? ".br" : ".gz"), out var sibling))
            {
                file = new StaticFile(sibling, contentTypeLine, siblingCoding, Varies: true, CompressOnTheFly: false);
                return true;
            }
        }

        // No sibling answers the request: the file itself, coded for the request when the mapping compresses on the fly.
        var coding = compressible && onTheFly ? AcceptEncoding.Negotiate(in request, compression.Brotli, compression.Gzip) : ContentCoding.Identity;
        var opened = TryOpenHandle(path, out var handle);
        file = new StaticFile(handle, contentTypeLine, coding, Varies: compressible, CompressOnTheFly: coding != ContentCoding.Identity);
        return opened;
    }

    /// <summary>Opens a regular file for reading; false for a missing file, a directory, or one the server may not read.</summary>
    private static bool TryOpenHandle(string path, out SafeFileHandle handle)
    {
        handle = null!;
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Removed or replaced by a directory since the check, or unreadable: as good as missing.
            return false;
        }
    }

    private static void Answer(scoped in HttpRequest request, HttpResponse response, StaticFile file, bool omitBody)
    {
        var length = RandomAccess.GetLength(file.Handle);
        // HTTP dates have whole seconds: the validators are compared at that precision.
        var lastWrite = File.GetLastWriteTimeUtc(file.Handle);
        var lastModified = new DateTimeOffset(lastWrite.Ticks - lastWrite.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        if (file.CompressOnTheFly)
        {
            if (TryAnswerCompressed(in request, response, file, length, lastModified, omitBody))
            {
                return;
            }

            file = file with { Coding = ContentCoding.Identity, CompressOnTheFly = false };
        }

        Span<byte> etag = stackalloc byte[48];
        etag = etag[..FormatEntityTag(etag, lastModified, length, file.Coding)];
        Span<byte> lines = stackalloc byte[MaxFileHeaderLinesLength];
        var written = AppendValidatorLines(lines, etag, lastModified, file.Varies);

        switch (Preconditions.Evaluate(in request, etag, lastModified))
        {
            case PreconditionOutcome.NotModified:
                file.Handle.Dispose();
                response.WriteNotModified(lines[..written]);
                return;
            case PreconditionOutcome.Failed:
                file.Handle.Dispose();
                response.WriteEmpty(StatusLines.PreconditionFailed, [], omitBody);
                return;
        }

        written = Append(lines, written, "Accept-Ranges: bytes\r\n"u8);
        written = AppendCodingLine(lines, written, file.Coding);
        var statusLine = StatusLines.Ok;
        long offset = 0;
        var count = length;
        if (Preconditions.TryGetApplicableRange(in request, etag, lastModified, out var range))
        {
            switch (ByteRange.Evaluate(range, length, out offset, out count))
            {
                case RangeOutcome.Partial:
                    statusLine = StatusLines.PartialContent;
                    written = AppendContentRange(lines, written, offset, count, length);
                    break;
                case RangeOutcome.NotSatisfiable:
                    file.Handle.Dispose();
                    written = AppendUnsatisfiedRange(lines, written, length);
                    response.WriteEmpty(StatusLines.RangeNotSatisfiable, lines[..written], omitBody);
                    return;
                default:
                    offset = 0;
                    count = length;
                    break;
            }
        }

        response.WriteFile(statusLine, lines[..written], file.ContentTypeLine, file.Handle, offset, count, omitBody, request.Aborted);
    }

    /// <summary>
    /// Answers with the file compressed in the negotiated coding; false, with nothing written and the file still open,
    /// when it is to be sent as it is: too small for coding to save a packet, too large to hold in memory, a range request
    /// (ranges are of the file's own bytes), or a body the coding would not make smaller.
    /// </summary>
    /// <remarks>
    /// The preconditions are weighed before compressing, so a revalidation costs no compression: the coded body's tag is
    /// the file's time and length with the coding, and the same file always codes to the same bytes.
    /// </remarks>
    private static bool TryAnswerCompressed(scoped in HttpRequest request, HttpResponse response, StaticFile file, long length, DateTimeOffset lastModified, bool omitBody)
    {
        if (length < response.Compression.MinimumSize || length > StaticFileMapping.MaxCompressedFileLength || request.TryGetHeader("Range"u8, out _))
        {
            return false;
        }

        Span<byte> etag = stackalloc byte[48];
        etag = etag[..FormatEntityTag(etag, lastModified, length, file.Coding)];
        Span<byte> lines = stackalloc byte[MaxFileHeaderLinesLength];
        var written = AppendValidatorLines(lines, etag, lastModified, varies: true);
        switch (Preconditions.Evaluate(in request, etag, lastModified))
        {
            case PreconditionOutcome.NotModified:
                file.Handle.Dispose();
                response.WriteNotModified(lines[..written]);
                return true;
            case PreconditionOutcome.Failed:
                file.Handle.Dispose();
                response.WriteEmpty(StatusLines.PreconditionFailed, [], omitBody);
                return true;
        }

        var body = response.CompressFile(file.Handle, (int)length, file.Coding);
        if (body.IsEmpty)
        {
            return false;
        }

        file.Handle.Dispose();
        written = AppendCodingLine(lines, written, file.Coding);
        response.WriteFileContent(StatusLines.Ok, lines[..written], file.ContentTypeLine, body, omitBody);
        return true;
    }

    /// <summary>A strong tag from the file's time and length, and its coding, so each sibling has a tag of its own.</summary>
    private static int FormatEntityTag(Span<byte> destination, DateTimeOffset lastModified, long length, ContentCoding coding)
    {
        var suffix = coding switch
        {
            ContentCoding.Brotli => "-br"u8,
            ContentCoding.Gzip => "-gz"u8,
            _ => [],
        };

        destination[0] = (byte)'"';
        lastModified.UtcTicks.TryFormat(destination[1..], out var written, "x", CultureInfo.InvariantCulture);
        written++;
        destination[written++] = (byte)'-';
        length.TryFormat(destination[written..], out var lengthDigits, "x", CultureInfo.InvariantCulture);
        written += lengthDigits;
        suffix.CopyTo(destination[written..]);
        written += suffix.Length;
        destination[written++] = (byte)'"';
        return written;
    }

    /// <summary>The lines a <c>304</c> repeats from the <c>200</c> it stands for (RFC 9110, section 15.4.5).</summary>
    private static int AppendValidatorLines(Span<byte> lines, ReadOnlySpan<byte> etag, DateTimeOffset lastModified, bool varies)
    {
        var written = Append(lines, 0, "ETag: "u8);
        written = Append(lines, written, etag);
        written = Append(lines, written, "\r\nLast-Modified: "u8);
        Utf8Formatter.TryFormat(lastModified, lines[written..], out var dateLength, 'R');
        written = Append(lines, written + dateLength, "\r\nX-Content-Type-Options: nosniff\r\n"u8);
        return varies ? Append(lines, written, "Vary: Accept-Encoding\r\n"u8) : written;
    }

    private static int AppendCodingLine(Span<byte> lines, int written, ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => Append(lines, written, "Content-Encoding: br\r\n"u8),
        ContentCoding.Gzip => Append(lines, written, "Content-Encoding: gzip\r\n"u8),
        _ => written,
    };

    private static int AppendContentRange(Span<byte> lines, int written, long offset, long count, long length)
    {
        written = Append(lines, written, "Content-Range: bytes "u8);
        written = AppendNumber(lines, written, offset);
        written = Append(lines, written, "-"u8);
        written = AppendNumber(lines, written, offset + count - 1);
        written = Append(lines, written, "/"u8);
        written = AppendNumber(lines, written, length);
        return Append(lines, written, "\r\n"u8);
    }

    private static int AppendUnsatisfiedRange(Span<byte> lines, int written, long length)
    {
        written = Append(lines, written, "Content-Range: bytes */"u8);
        written = AppendNumber(lines, written, length);
        return Append(lines, written, "\r\n"u8);
    }

    private static int AppendNumber(Span<byte> lines, int written, long value)
    {
        value.TryFormat(lines[written..], out var digits, default, CultureInfo.InvariantCulture);
        return written + digits;
    }

    private static int Append(Span<byte> lines, int written, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(lines[written..]);
        return written + bytes.Length;
    }

    /// <summary>
    /// The representation chosen for a request: the file or a precompressed sibling, open; or the file, to be compressed
    /// in <see cref="Coding"/> when <see cref="CompressOnTheFly"/>.
    /// </summary>
    private readonly record struct StaticFile(SafeFileHandle Handle, byte[] ContentTypeLine, ContentCoding Coding, bool Varies, bool CompressOnTheFly);
}

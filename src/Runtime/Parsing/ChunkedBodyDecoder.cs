using System;
using System.Buffers;
using static MiniHttp.Parsing.ReadResults;

namespace MiniHttp.Parsing;

/// <summary>
/// Decodes a chunked body (RFC 9112, section 7.1) into a pooled buffer, keeping its progress between calls so a
/// body arriving in many receives is read once: each call starts where the last one stopped.
/// </summary>
/// <remarks>One per connection, reused; <see cref="Reset"/> before each new request.</remarks>
internal sealed class ChunkedBodyDecoder : IDisposable
{
    private enum Step
    {
        SizeLine,
        Data,
        DataTerminator,
        Trailers,
        Done,
    }

    private readonly long _serverMaxBodySize;
    private readonly int _maxTrailersTotalSize;
    private readonly int _maxTrailerCount;
    private readonly PooledBuffer _decoded = new();

    // A size or trailer line that straddles buffer segments is parsed from a copy here.
    private readonly PooledBuffer _lineCopy = new();

    private Step _step;

    // The limits of the body being decoded: the server's, or lower for a body buffered whole (HoldToBufferedLimit).
    private long _maxBodySize;
    private long _maxFramingLength;

    // How many bytes of the framed body have been read, counted from its first byte.
    private long _framedLength;
    private long _chunkRemaining;
    private int _decodedLength;

    // The whole body's decoded length so far, held to the limit; unlike _decodedLength, not lowered by TakeDecoded.
    private long _bodyLength;
    private int _trailersLength;
    private int _trailerCount;

    // The bytes of chunk framing read so far: size lines, extensions and the CRLFs after the data.
    private long _framingLength;

    public ChunkedBodyDecoder(ServerLimits limits)
    {
        _serverMaxBodySize = BodyLimit.Of(limits);
        _maxTrailersTotalSize = limits.MaxRequestHeadersTotalSize;
        _maxTrailerCount = limits.MaxRequestHeaderCount;
        Reset();
    }

    /// <summary>The decoded body: valid once <see cref="Decode"/> is complete, until the next request is decoded.</summary>
    public ReadOnlySpan<byte> Body => _decoded.Span[.._decodedLength];

    /// <summary>The length of the body on the wire: chunks, trailers and the final CRLF.</summary>
    public long FramedLength => _framedLength;

    /// <summary>
    /// Goes on decoding <paramref name="framed"/>, which starts at the body's first byte and holds the same bytes
    /// as in every call since the last <see cref="Reset"/>, and more.
    /// </summary>
    public ReadStatus Decode(in ReadOnlySequence<byte> framed, out RequestRejection rejection)
    {
        rejection = default;
        var remaining = framed.Slice(_framedLength);
        while (_step != Step.Done)
        {
            var status = _step switch
            {
                Step.SizeLine => ReadSizeLine(ref remaining, out rejection),
                Step.Data => ReadData(ref remaining),
                Step.DataTerminator => ReadDataTerminator(ref remaining, out rejection),
                _ => ReadTrailerLine(ref remaining, out rejection),
            };

            if (status != ReadStatus.Complete)
            {
                return status;
            }
        }

        return ReadStatus.Complete;
    }

    /// <summary>
    /// Holds the body about to be decoded, which is read whole before its request is handed out, to
    /// <paramref name="maxBodySize"/> decoded bytes (never more than the server's limit), and its chunk framing to as many
    /// bytes again (at least one size line's worth): until the body is complete, its framed bytes stay in the receive
    /// buffer beside the decoded copy, so they too are bounded by the limit rather than by however many tiny chunks a
    /// client sends. The trailers are held to the header section's limits, as ever. Until <see cref="Reset"/>.
    /// </summary>
    public void HoldToBufferedLimit(long maxBodySize)
    {
        _maxBodySize = Math.Min(maxBodySize, _serverMaxBodySize);
        _maxFramingLength = Math.Max(_maxBodySize, ChunkSizeLineParser.MaxLength);
    }

    /// <summary>
    /// Starts over for the next request, held to the server's limit (a streamed body's framing is consumed as it goes, so
    /// it is not bounded); the last body's bytes stay where they are until it is decoded.
    /// </summary>
    public void Reset()
    {
        _maxBodySize = _serverMaxBodySize;
        _maxFramingLength = long.MaxValue;
        _framingLength = 0;
        _step = Step.SizeLine;
        _framedLength = 0;
        _chunkRemaining = 0;
        _decodedLength = 0;
        _bodyLength = 0;
        _trailersLength = 0;
        _trailerCount = 0;
    }

    /// <summary>
    /// For a body streamed to its handler: forgets the bytes decoded so far (the caller has copied <see cref="Body"/>) and
    /// the framed bytes read so far (the caller has consumed <see cref="FramedLength"/> of its input), so the next
    /// <see cref="Decode"/> starts at the first byte not consumed and memory never holds more than one receive's worth.
    /// The body's length is still counted against the limit.
    /// </summary>
    public void TakeDecoded()
    {
        _decodedLength = 0;
        _framedLength = 0;
    }

    /// <summary>Hands oversized buffers back to the pool; only when the last body is no longer in use.</summary>
    public void Trim()
    {
        _decoded.Trim();
        _lineCopy.Trim();
    }

    public void Dispose()
    {
        _decoded.Dispose();
        _lineCopy.Dispose();
    }

    private ReadStatus ReadSizeLine(ref ReadOnlySequence<byte> remaining, out RequestRejection rejection)
    {
        const int maxLength = ChunkSizeLineParser.MaxLength;
        var first = remaining.FirstSpan;
        first = first[..Math.Min(first.Length, maxLength)];
        var status = ChunkSizeLineParser.TryParse(first, out var length, out var size, out rejection);
        if (status == ReadStatus.Incomplete && TryCopyAcrossSegments(remaining, first.Length, maxLength, out var copy))
        {
            status = ChunkSizeLineParser.TryParse(copy, out length, out size, out rejection);
        }

        if (status != ReadStatus.Complete)
        {
            return status == ReadStatus.Incomplete && remaining.Length >= maxLength
                ? Rejected(RequestRejection.ChunkLineTooLong, out rejection)
                : status;
        }

        Advance(ref remaining, length);
        if (CountFraming(length, out rejection) != ReadStatus.Complete)
        {
            return ReadStatus.Rejected;
        }

        if (size == 0)
        {
            _step = Step.Trailers;
        }
        else if (size > _maxBodySize - _bodyLength)
        {
            // Rejected on the announced size, before any of the chunk's data is waited for.
            return Rejected(RequestRejection.BodyTooLarge, out rejection);
        }
        else
        {
            _chunkRemaining = size;
            _step = Step.Data;
        }

        return ReadStatus.Complete;
    }

    private ReadStatus ReadData(ref ReadOnlySequence<byte> remaining)
    {
        // Grown by what has arrived, never by what a chunk announces, so memory follows bytes actually received.
        var available = (int)Math.Min(_chunkRemaining, remaining.Length);
        if (available > 0)
        {
            _decoded.EnsureCapacity(_decodedLength + available, _decodedLength);
            remaining.Slice(0, available).CopyTo(_decoded.Span[_decodedLength..]);
            _decodedLength += available;
            _bodyLength += available;
            _chunkRemaining -= available;
            Advance(ref remaining, available);
        }

        if (_chunkRemaining > 0)
        {
            return ReadStatus.Incomplete;
        }

        _step = Step.DataTerminator;
        return ReadStatus.Complete;
    }

    private ReadStatus ReadDataTerminator(ref ReadOnlySequence<byte> remaining, out RequestRejection rejection)
    {
        rejection = default;
        Span<byte> terminator = stackalloc byte[2];
        var available = (int)Math.Min(remaining.Length, terminator.Length);
        remaining.Slice(0, available).CopyTo(terminator);
        if ((available > 0 && terminator[0] != (byte)'\r') || (available > 1 && terminator[1] != (byte)'\n'))
        {
            return Rejected(RequestRejection.InvalidChunkDataTerminator, out rejection);
        }

        if (available < terminator.Length)
        {
            return ReadStatus.Incomplete;
        }

        Advance(ref remaining, terminator.Length);
        if (CountFraming(terminator.Length, out rejection) != ReadStatus.Complete)
        {
            return ReadStatus.Rejected;
        }

        _step = Step.SizeLine;
        return ReadStatus.Complete;
    }

    /// <summary>Counts <paramref name="length"/> bytes of chunk framing against the body's bound on them.</summary>
    private ReadStatus CountFraming(int length, out RequestRejection rejection)
    {
        rejection = default;
        _framingLength += length;
        return _framingLength > _maxFramingLength ? Rejected(RequestRejection.BodyTooLarge, out rejection) : ReadStatus.Complete;
    }

    /// <summary>Reads one trailer field line, validated like a header and discarded, or the final CRLF.</summary>
    private ReadStatus ReadTrailerLine(ref ReadOnlySequence<byte> remaining, out RequestRejection rejection)
    {
        // The trailer section is held to the header section's limits, its final CRLF included.
        var maxLength = _maxTrailersTotalSize - _trailersLength;
        var first = remaining.FirstSpan;
        first = first[..Math.Min(first.Length, maxLength)];
        var status = FieldLineParser.TryParse(first, out var line, out rejection);
        if (status == ReadStatus.Incomplete && TryCopyAcrossSegments(remaining, first.Length, maxLength, out var copy))
        {
            status = FieldLineParser.TryParse(copy, out line, out rejection);
        }

        if (status != ReadStatus.Complete)
        {
            return status == ReadStatus.Incomplete && remaining.Length >= maxLength
                ? Rejected(RequestRejection.HeaderFieldsTooLarge, out rejection)
                : status;
        }

        if (line.IsEndOfSection)
        {
            _step = Step.Done;
        }
        else if (++_trailerCount > _maxTrailerCount)
        {
            return Rejected(RequestRejection.TooManyHeaderFields, out rejection);
        }

        _trailersLength += line.Length;
        Advance(ref remaining, line.Length);
        return ReadStatus.Complete;
    }

    /// <summary>
    /// For a line found incomplete in the first segment: copies the first <paramref name="maxLength"/> bytes of
    /// <paramref name="remaining"/> into one span, when more of them lie beyond that segment.
    /// </summary>
    private bool TryCopyAcrossSegments(in ReadOnlySequence<byte> remaining, int firstLength, int maxLength, out ReadOnlySpan<byte> copy)
    {
        var length = (int)Math.Min(remaining.Length, maxLength);
        if (length <= firstLength)
        {
            copy = default;
            return false;
        }

        _lineCopy.EnsureCapacity(length, preserved: 0);
        remaining.Slice(0, length).CopyTo(_lineCopy.Span);
        copy = _lineCopy.Span[..length];
        return true;
    }

    private void Advance(ref ReadOnlySequence<byte> remaining, int count)
    {
        remaining = remaining.Slice(count);
        _framedLength += count;
    }
}

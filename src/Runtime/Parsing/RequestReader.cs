using System;
using System.Buffers;
using static MiniHttp.Parsing.ReadResults;

namespace MiniHttp.Parsing;

/// <summary>
/// Reads one request at a time from the start of a connection's receive buffer: head parsed and validated,
/// body framed (Content-Length sliced, chunked decoded), all without copying on the common path.
/// </summary>
/// <remarks>
/// One per connection, reused. Between an incomplete read and the next, it keeps its progress (the parsed
/// head, how far a chunked body has been decoded), so a request arriving in many receives is read once.
/// The spans of a request it hands out point into the receive buffer, or, for a request that straddles
/// buffer segments or has a chunked body, into buffers this reader owns; they are valid until the next
/// <see cref="TryRead"/> or <see cref="Dispose"/>. <para/>
/// A body read whole is held to <see cref="ServerLimits.MaxBufferedRequestBodySize"/>, or its route's own limit: it is
/// refused as soon as its Content-Length or chunk sizes pass the limit, so no more of it than the limit is ever held, and
/// it is copied at most once (a Content-Length body that straddles segments, a chunked body decoded).
/// </remarks>
internal sealed class RequestReader : IDisposable
{
    private readonly RequestHeadParser _headParser;
    private readonly ServerLimits _limits;
    private readonly ConnectionContext? _connection;

    // Made for the connection's first chunked body: most connections never send one.
    private ChunkedBodyDecoder? _chunkedBody;

    // The rare path: a head or a Content-Length body that straddles buffer segments is copied here once.
    private readonly PooledBuffer _headCopy = new();
    private readonly PooledBuffer _bodyCopy = new();
    private int _headCopied;

    // The rare path: a path with dot segments or percent-encoded unreserved characters, in its normalized form.
    private readonly PooledBuffer _normalizedPath = new();

    private RequestHead _head;
    private bool _hasHead;

    // Set once a request is handed out: its spans may point into the pooled buffers until the next read.
    private bool _requestHandedOut;

    // Set once the request being read has been promised a 100 Continue, so it is promised only once.
    private bool _continueSent;

    /// <param name="limits">The limits every request is held to.</param>
    /// <param name="connection">The connection the requests come on, which each request refers to; none outside a server.</param>
    public RequestReader(ServerLimits limits, ConnectionContext? connection = null)
    {
        _connection = connection;
        _limits = limits;
        _headParser = new RequestHeadParser(limits);
    }

    /// <summary>Reads the request at the start of <paramref name="buffer"/>.</summary>
    /// <param name="buffer">
    /// The received bytes from the request's first byte. After <see cref="ReadStatus.Incomplete"/> the next call must
    /// start at the same byte, with more bytes after it.
    /// </param>
    /// <param name="request">The request, when <see cref="ReadStatus.Complete"/>.</param>
    /// <param name="consumed">Just past the request (head and body), when <see cref="ReadStatus.Complete"/>; otherwise the buffer's start.</param>
    /// <param name="rejection">Why the request was rejected, when <see cref="ReadStatus.Rejected"/>.</param>
    public ReadStatus TryRead(in ReadOnlySequence<byte> buffer, out HttpRequest request, out SequencePosition consumed, out RequestRejection rejection) =>
        TryRead<NoBodyStreaming>(buffer, out request, out consumed, out rejection);

    /// <summary>
    /// Reads the request at the start of <paramref name="buffer"/>, as <see cref="TryRead(in ReadOnlySequence{byte}, out HttpRequest, out SequencePosition, out RequestRejection)"/>,
    /// except that a request with a body that <typeparamref name="TBodyStreaming"/> streams is complete as soon as its
    /// head is: <paramref name="consumed"/> is then the head's end, the body is left in the buffer, and
    /// <see cref="IsBodyStreamed"/> is set. Such a request's spans point into a copy of the head that stays
    /// valid until the next read.
    /// </summary>
    public ReadStatus TryRead<TBodyStreaming>(in ReadOnlySequence<byte> buffer, out HttpRequest request, out SequencePosition consumed, out RequestRejection rejection)
        where TBodyStreaming : struct, IBodyStreaming
    {
        request = default;
        consumed = buffer.Start;
        rejection = default;
        if (_requestHandedOut)
        {
            _requestHandedOut = false;
            _headCopy.Trim();
            _bodyCopy.Trim();
            _normalizedPath.Trim();
            _chunkedBody?.Trim();
        }

        IsBodyStreamed = false;
        if (!_hasHead)
        {
            var status = ReadHead(buffer, out rejection);
            if (status != ReadStatus.Complete)
            {
                return Finish(status);
            }

            if (_head.Framing != BodyFraming.None)
            {
                var head = ToRequest(HeadBytes(buffer), default, null);
                if (TBodyStreaming.StreamsBody(head.Method, head.Path))
                {
                    return HandOutWithStreamedBody(buffer, out request, out consumed);
                }

                var maxBodySize = TBodyStreaming.MaxBufferedRequestBodySize(head.Method, head.Path, _limits.MaxBufferedRequestBodySize);
                if (!HoldToBufferedLimit(maxBodySize))
                {
                    return Finish(Rejected(RequestRejection.BodyTooLarge, out rejection));
                }
            }
        }

        ReadOnlySpan<byte> body;
        long framedBodyLength;
        switch (_head.Framing)
        {
            case BodyFraming.ContentLength:
                if (buffer.Length - _head.Length < _head.ContentLength)
                {
                    return ReadStatus.Incomplete;
                }

                framedBodyLength = _head.ContentLength;
                body = ContentLengthBody(buffer);
                break;

            case BodyFraming.Chunked:
                var status = _chunkedBody!.Decode(buffer.Slice(_head.Length), out rejection);
                if (status != ReadStatus.Complete)
                {
                    return Finish(status);
                }

                framedBodyLength = _chunkedBody.FramedLength;
                body = _chunkedBody.Body;
                break;

            default:
                framedBodyLength = 0;
                body = default;
                break;
        }

        request = ToRequest(HeadBytes(buffer), body, _connection);
        consumed = buffer.GetPosition(_head.Length + framedBodyLength);
        _requestHandedOut = true;
        return Finish(ReadStatus.Complete);
    }

    /// <summary>
    /// The length of the head of the request being read, once it is parsed and its body has not all arrived (after
    /// <see cref="ReadStatus.Incomplete"/>); else null.
    /// </summary>
    public int? HeadLengthAwaitingBody => _hasHead ? _head.Length : null;

    /// <summary>Whether the request just handed out left its body in the buffer, to be streamed.</summary>
    public bool IsBodyStreamed { get; private set; }

    /// <summary>The head of the request just handed out with <see cref="IsBodyStreamed"/>: how its body is framed.</summary>
    public RequestHead StreamedHead => _head;

    /// <summary>The request just handed out with <see cref="IsBodyStreamed"/>, again: its spans point into the head's copy.</summary>
    public HttpRequest StreamedRequest() => ToRequest(_headCopy.Span[.._head.Length], default, _connection);

    /// <summary>
    /// Whether to send <c>100 Continue</c> now: called after <see cref="ReadStatus.Incomplete"/>, it is true once for a
    /// request whose head was accepted and asked for it, while its body has not all arrived (RFC 9110, section 10.1.1).
    /// A request refused by its head never gets here: it is answered with its final status instead.
    /// </summary>
    public bool TakeContinueRequest()
    {
        if (!_hasHead || !_head.ExpectsContinue || _continueSent)
        {
            return false;
        }

        _continueSent = true;
        return true;
    }

    public void Dispose()
    {
        _headCopy.Dispose();
        _bodyCopy.Dispose();
        _normalizedPath.Dispose();
        _chunkedBody?.Dispose();
    }

    /// <summary>
    /// The request the head describes, its path normalized (dot segments removed, unreserved characters decoded) so that
    /// no route or file ever sees <c>..</c>: nearly every path needs nothing, which two searches tell.
    /// </summary>
    private HttpRequest ToRequest(ReadOnlySpan<byte> head, ReadOnlySpan<byte> body, ConnectionContext? connection)
    {
        var request = _head.ToRequest(head, body, connection);
        if (!PathNormalizer.NeedsNormalizing(request.Path))
        {
            return request;
        }

        _normalizedPath.EnsureCapacity(request.Path.Length, preserved: 0);
        var length = PathNormalizer.Normalize(request.Path, _normalizedPath.Span);
        return request.WithPath(_normalizedPath.Span[..length]);
    }

    /// <summary>
    /// Hands out a request whose body its handler streams. The head is copied, once, so the request stays valid while the
    /// connection consumes the body behind it from the receive buffer.
    /// </summary>
    private ReadStatus HandOutWithStreamedBody(in ReadOnlySequence<byte> buffer, out HttpRequest request, out SequencePosition consumed)
    {
        var head = HeadBytes(buffer);
        // When the head was parsed from the copy already, it is copied onto itself: capacity suffices, so nothing moves.
        _headCopy.EnsureCapacity(_head.Length, preserved: 0);
        head.CopyTo(_headCopy.Span);
        request = StreamedRequest();
        consumed = buffer.GetPosition(_head.Length);
        IsBodyStreamed = true;
        _requestHandedOut = true;
        return Finish(ReadStatus.Complete);
    }

    /// <summary>
    /// Holds a body read whole to <paramref name="maxBodySize"/>: a Content-Length over it is refused now, before any of
    /// the body is waited for; a chunked body is refused by its decoder as soon as its chunk sizes pass it.
    /// </summary>
    /// <returns>False when the Content-Length is over the limit.</returns>
    private bool HoldToBufferedLimit(int maxBodySize)
    {
        if (_head.Framing == BodyFraming.ContentLength)
        {
            return _head.ContentLength <= maxBodySize;
        }

        _chunkedBody ??= new ChunkedBodyDecoder(_limits);
        _chunkedBody.HoldToBufferedLimit(maxBodySize);
        return true;
    }

    /// <summary>Parses the head from the first segment when it lies there, as it nearly always does; else from a copy.</summary>
    private ReadStatus ReadHead(in ReadOnlySequence<byte> buffer, out RequestRejection rejection)
    {
        var first = buffer.FirstSpan;
        var status = _headParser.Parse(first, out _head, out rejection);
        if (status == ReadStatus.Incomplete && first.Length < buffer.Length)
        {
            status = ReadStraddlingHead(buffer, out rejection);
        }

        _hasHead = status == ReadStatus.Complete;
        return status;
    }

    /// <summary>
    /// Copies the head into one span a segment at a time, parsing after each, so no more is copied than the
    /// head needs (never a body behind it), and no more than the limits let a head be.
    /// </summary>
    private ReadStatus ReadStraddlingHead(in ReadOnlySequence<byte> buffer, out RequestRejection rejection)
    {
        rejection = default;
        var maxLength = (int)Math.Min(buffer.Length, _headParser.MaxHeadLength);
        foreach (var segment in buffer.Slice(_headCopied).Slice(0, Math.Max(maxLength - _headCopied, 0)))
        {
            if (segment.IsEmpty)
            {
                continue;
            }

            _headCopy.EnsureCapacity(_headCopied + segment.Length, _headCopied);
            segment.Span.CopyTo(_headCopy.Span[_headCopied..]);
            _headCopied += segment.Length;
            var status = _headParser.Parse(_headCopy.Span[.._headCopied], out _head, out rejection);
            if (status != ReadStatus.Incomplete)
            {
                return status;
            }
        }

        return ReadStatus.Incomplete;
    }

    /// <summary>The head's bytes: in the first segment when they lie there, else in the copy (made now if need be).</summary>
    private ReadOnlySpan<byte> HeadBytes(scoped in ReadOnlySequence<byte> buffer)
    {
        var first = buffer.FirstSpan;
        if (first.Length >= _head.Length)
        {
            return first[.._head.Length];
        }

        if (_headCopied < _head.Length)
        {
            _headCopy.EnsureCapacity(_head.Length, _headCopied);
            buffer.Slice(_headCopied, _head.Length - _headCopied).CopyTo(_headCopy.Span[_headCopied..]);
            _headCopied = _head.Length;
        }

        return _headCopy.Span[.._head.Length];
    }

    /// <summary>The body behind the head: sliced from the first segment when it lies there, else copied once.</summary>
    private ReadOnlySpan<byte> ContentLengthBody(scoped in ReadOnlySequence<byte> buffer)
    {
        // Held to the buffered body limit, an int, when the head was read.
        var length = (int)_head.ContentLength;
        var first = buffer.FirstSpan;
        if (first.Length - _head.Length >= length)
        {
            return first.Slice(_head.Length, length);
        }

        _bodyCopy.EnsureCapacity(length, preserved: 0);
        buffer.Slice(_head.Length, length).CopyTo(_bodyCopy.Span);
        return _bodyCopy.Span[..length];
    }

    /// <summary>Starts over after a request is read or rejected; an incomplete one keeps its progress.</summary>
    private ReadStatus Finish(ReadStatus status)
    {
        if (status != ReadStatus.Incomplete)
        {
            _headParser.Reset();
            _chunkedBody?.Reset();
            _headCopied = 0;
            _hasHead = false;
            _continueSent = false;
        }

        return status;
    }
}

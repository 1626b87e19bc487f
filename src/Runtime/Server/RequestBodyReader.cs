using System;
using System.Buffers;
using System.IO;
using System.IO.Pipelines;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using MiniHttp.Parsing;

namespace MiniHttp;

/// <summary>
/// A streamed request body: reads the connection's input as the handler asks, takes the framing off (Content-Length
/// counted, chunks decoded) and hands the body bytes out, consuming the input as it goes, so the server holds about one
/// receive's worth of body at a time, never the whole. One per connection, reused for each request that streams its body.
/// </summary>
/// <remarks>
/// The bytes handed out are copied into a window this reader owns: the input's own buffer cannot be handed out, since
/// chunk framing lies between the pieces of a chunked body and the input must be consumed past it. Handlers never get
/// this reader itself, which outlives their request, but a <see cref="RequestScopedBodyReader"/> (and a
/// <see cref="RequestBodyStream"/> over it) made for their request, which refuses every read once the request is done.
/// </remarks>
internal sealed class RequestBodyReader : PipeReader, IDisposable
{
    private readonly PipeReader _input;
    private readonly PipeWriter _output;
    private readonly ConnectionContext _connection;
    private readonly ConnectionTimeouts _timeouts;
    private readonly ChunkedBodyDecoder _chunked;
    private readonly PooledBuffer _window = new();

    private BodyFraming _framing;
    private long _contentRemaining;

    // The framed bytes taken off the input so far, which is what the minimum data rate counts.
    private long _received;
    private bool _continueExpected;

    // The window holds body bytes [_start, _end); the consumer has examined them up to _examined.
    private int _start;
    private int _examined;
    private int _end;
    private ReadOnlySequence<byte> _handedOut;

    private RequestRejection? _rejection;
    private bool _inputFailed;

    // Counts the requests whose bodies this reader has served; a handle made for one carries its count.
    private int _request;
    private RequestScopedBodyReader? _scopedReader;
    private RequestBodyStream? _scopedStream;

    public RequestBodyReader(PipeReader input, PipeWriter output, ConnectionContext connection, ServerLimits limits, ConnectionTimeouts timeouts)
    {
        _input = input;
        _output = output;
        _connection = connection;
        _timeouts = timeouts;
        _chunked = new ChunkedBodyDecoder(limits);
    }

    /// <summary>Whether the whole body has been read off the input.</summary>
    public bool IsComplete { get; private set; }

    /// <summary>Why the body was rejected, once a read found it over the limit or badly framed.</summary>
    public RequestRejection? Rejection => _rejection;

    /// <summary>Whether the connection can go on to the next request: the body's end was found and nothing failed.</summary>
    public bool EndFound => IsComplete && _rejection is null && !_inputFailed;

    /// <summary>Whether a client that expects <c>100 Continue</c> is still waiting for it, so will not send the body.</summary>
    public bool ContinueOwed => _continueExpected;

    /// <summary>Which request's body this reader serves: it changes when <see cref="EndRequest"/> ends one.</summary>
    public int Request => Volatile.Read(ref _request);

    /// <summary><see cref="HttpRequest.BodyReader"/> for the current request, made on its first ask.</summary>
    public PipeReader ScopedReader => _scopedReader ??= new RequestScopedBodyReader(this, _request);

    /// <summary><see cref="HttpRequest.BodyStream"/> for the current request, made on its first ask.</summary>
    public RequestBodyStream ScopedStream => _scopedStream ??= new RequestBodyStream(ScopedReader, _connection.AllowSynchronousIO);

    /// <summary>Starts on the body of the request handed out with <paramref name="head"/>; the input starts at its first byte.</summary>
    public void Start(in RequestHead head)
    {
        _framing = head.Framing;
        _contentRemaining = head.ContentLength;
        _continueExpected = head.ExpectsContinue;
        _chunked.Reset();
        _start = _examined = _end = 0;
        _handedOut = default;
        _rejection = null;
        _inputFailed = false;
        _received = 0;
        _timeouts.EndBody();
        IsComplete = _framing == BodyFraming.ContentLength && _contentRemaining == 0;
    }

    /// <summary>
    /// Ends the current request's access to the body, once its handler (and its deferred work) is done: the handles it was
    /// given throw <see cref="ObjectDisposedException"/> from now on, and the next request gets handles of its own. What is
    /// left of the body is the connection's to drain.
    /// </summary>
    public void EndRequest()
    {
        Volatile.Write(ref _request, _request + 1);
        _scopedReader = null;
        _scopedStream = null;
    }

    /// <summary>Lets go of the last body's memory once its request is done.</summary>
    public void Finish()
    {
        EndRequest();
        _window.Trim();
        _chunked.Trim();
    }

    /// <summary>Reads and discards the rest of the body, up to <paramref name="maxLength"/> more bytes.</summary>
    /// <returns>Whether the body's end was found within that many bytes.</returns>
    public async ValueTask<bool> DrainAsync(long maxLength)
    {
        var drained = 0L;
        while (!IsComplete && _rejection is null && !_inputFailed)
        {
            if (_framing == BodyFraming.ContentLength && _contentRemaining > maxLength - drained)
            {
                return false;
            }

            var result = await ReadAsync().ConfigureAwait(false);
            drained += result.Buffer.Length;
            AdvanceTo(result.Buffer.End);
            if (drained > maxLength)
            {
                return false;
            }
        }

        return EndFound;
    }

    public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfFailed();
        if (_examined < _end || IsComplete)
        {
            return HandOut(isCanceled: false);
        }

        var canceled = await FillAsync(cancellationToken).ConfigureAwait(false);
        return HandOut(canceled);
    }

    public override bool TryRead(out ReadResult result)
    {
        ThrowIfFailed();
        if (_examined < _end || IsComplete)
        {
            result = HandOut(isCanceled: false);
            return true;
        }

        result = default;
        return false;
    }

    public override void AdvanceTo(SequencePosition consumed) => AdvanceTo(consumed, consumed);

    public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
    {
        var consumedLength = (int)_handedOut.Slice(_handedOut.Start, consumed).Length;
        var examinedLength = (int)_handedOut.Slice(_handedOut.Start, examined).Length;
        _examined = Math.Max(_start + examinedLength, _start + consumedLength);
        _start += consumedLength;
        _handedOut = default;
        if (_start == _end)
        {
            _start = _examined = _end = 0;
        }
    }

    public void Dispose()
    {
        _window.Dispose();
        _chunked.Dispose();
    }

    public override void CancelPendingRead() => _input.CancelPendingRead();

    /// <summary>Nothing to release: the connection owns this reader and drains what the handler leaves.</summary>
    public override void Complete(Exception? exception = null)
    {
    }

    private ReadResult HandOut(bool isCanceled)
    {
        _handedOut = new ReadOnlySequence<byte>(_window.Memory[_start.._end]);
        return new ReadResult(_handedOut, isCanceled, IsComplete);
    }

    /// <summary>Reads from the input until at least one more body byte is in the window, or the body is complete.</summary>
    /// <returns>Whether the read was canceled (<see cref="CancelPendingRead"/>) before any arrived.</returns>
    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_continueExpected)
        {
            // The client holds the body back until told to go on (RFC 9110, section 10.1.1): now is when it is wanted.
            _continueExpected = false;
            InterimResponses.WriteContinue(_output);
            await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        Compact();
        while (true)
        {
            ReadResult result;
            TimeoutKind expired;
            _timeouts.ArmRequestBody(_received, newRequest: false);
            try
            {
                result = await _input.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
            {
                _inputFailed = true;
                _connection.Abort();
                throw;
            }
            finally
            {
                expired = _timeouts.Disarm();
            }

            var buffer = result.Buffer;
            if (expired == TimeoutKind.RequestBody)
            {
                // Too slow: the connection answers 408 if nothing was written yet, and closes.
                _input.AdvanceTo(buffer.Start, buffer.End);
                _rejection = RequestRejection.RequestBodyTimeout;
                throw new BadRequestBodyException(RequestRejection.RequestBodyTimeout);
            }

            var framedLength = _framing == BodyFraming.Chunked ? DecodeChunks(buffer) : CopyContent(buffer);
            _received += framedLength;
            var consumed = buffer.GetPosition(framedLength);
            var progressed = _end > _examined || IsComplete;
            // After progress the rest is left unexamined: past the body's end it is the next request, read at once.
            _input.AdvanceTo(consumed, progressed ? consumed : buffer.End);
            if (_rejection is { } rejection)
            {
                throw new BadRequestBodyException(rejection);
            }

            if (progressed || result.IsCanceled)
            {
                return !progressed;
            }

            if (result.IsCompleted)
            {
                _inputFailed = true;
                _connection.Abort();
                throw new IOException("The client closed the connection before the request body ended.");
            }
        }
    }

    /// <returns>How many bytes of <paramref name="buffer"/> were used.</returns>
    private long CopyContent(in ReadOnlySequence<byte> buffer)
    {
        var length = (int)Math.Min(_contentRemaining, buffer.Length);
        Append(buffer.Slice(0, length));
        _contentRemaining -= length;
        IsComplete = _contentRemaining == 0;
        return length;
    }

    /// <returns>How many bytes of <paramref name="buffer"/> were used.</returns>
    private long DecodeChunks(in ReadOnlySequence<byte> buffer)
    {
        var status = _chunked.Decode(buffer, out var rejection);
        var decoded = _chunked.Body;
        _window.EnsureCapacity(_end + decoded.Length, _end);
        decoded.CopyTo(_window.Span[_end..]);
        _end += decoded.Length;
        var framedLength = _chunked.FramedLength;
        _chunked.TakeDecoded();

        if (status == ReadStatus.Rejected)
        {
            _rejection = rejection;
        }

        IsComplete = status == ReadStatus.Complete;
        return framedLength;
    }

    private void Append(in ReadOnlySequence<byte> bytes)
    {
        var length = (int)bytes.Length;
        _window.EnsureCapacity(_end + length, _end);
        bytes.CopyTo(_window.Span[_end..]);
        _end += length;
    }

    /// <summary>Moves the unconsumed bytes to the window's start: the consumer let go of the earlier ones, so room is reused.</summary>
    private void Compact()
    {
        if (_start == 0)
        {
            return;
        }

        _window.Span[_start.._end].CopyTo(_window.Span);
        _end -= _start;
        _examined -= _start;
        _start = 0;
    }

    private void ThrowIfFailed()
    {
        if (_rejection is { } rejection)
        {
            throw new BadRequestBodyException(rejection);
        }

        if (_inputFailed)
        {
            throw new IOException("The client closed the connection before the request body ended.");
        }
    }
}

using System;
using System.Buffers;
using System.IO;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp;

/// <summary>
/// <see cref="HttpRequest.BodyStream"/>: a read-only stream over the request's body reader that refuses synchronous reads
/// unless <see cref="ServerOptions.AllowSynchronousIO"/> is on, as Kestrel's request stream does. A synchronous read
/// blocks its thread until the client sends, and under inline socket completions that thread may be the one that would
/// deliver the bytes. Disposing it is allowed and changes nothing: the connection owns the body.
/// </summary>
internal sealed class RequestBodyStream : Stream
{
    private static readonly RequestBodyStream s_emptyRefusingSynchronousIO = new(EmptyBodyReader.Instance, allowSynchronousIO: false);
    private static readonly RequestBodyStream s_emptyAllowingSynchronousIO = new(EmptyBodyReader.Instance, allowSynchronousIO: true);

    private readonly PipeReader _body;
    private readonly bool _allowSynchronousIO;

    public RequestBodyStream(PipeReader body, bool allowSynchronousIO)
    {
        _body = body;
        _allowSynchronousIO = allowSynchronousIO;
    }

    /// <summary>The stream of a request without a body: stateless, so one serves every request.</summary>
    public static RequestBodyStream Empty(bool allowSynchronousIO) =>
        allowSynchronousIO ? s_emptyAllowingSynchronousIO : s_emptyRefusingSynchronousIO;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        return Read(buffer.AsSpan(offset, count));
    }

    public override int Read(Span<byte> buffer)
    {
        if (!_allowSynchronousIO)
        {
            throw new InvalidOperationException(
                "Synchronous reads of the request body are disallowed: call ReadAsync or CopyToAsync, or set ServerOptions.AllowSynchronousIO to true.");
        }

        var read = _body.ReadAsync();
        return CopyOut(read.IsCompleted ? read.Result : read.AsTask().GetAwaiter().GetResult(), buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        ValidateBufferArguments(buffer, offset, count);
        return ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        CopyOut(await _body.ReadAsync(cancellationToken).ConfigureAwait(false), buffer.Span);

    public override IAsyncResult BeginRead(byte[] buffer, int offset, int count, AsyncCallback? callback, object? state) =>
        TaskToAsyncResult.Begin(ReadAsync(buffer, offset, count), callback, state);

    public override int EndRead(IAsyncResult asyncResult) => TaskToAsyncResult.End<int>(asyncResult);

    public override async Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken)
    {
        ValidateCopyToArguments(destination, bufferSize);
        while (true)
        {
            var result = await _body.ReadAsync(cancellationToken).ConfigureAwait(false);
            ThrowIfCanceled(result);
            foreach (var segment in result.Buffer)
            {
                await destination.WriteAsync(segment, cancellationToken).ConfigureAwait(false);
            }

            _body.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                return;
            }
        }
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int CopyOut(ReadResult result, Span<byte> destination)
    {
        ThrowIfCanceled(result);
        var body = result.Buffer;
        var length = (int)Math.Min(body.Length, destination.Length);
        body.Slice(0, length).CopyTo(destination);
        _body.AdvanceTo(body.GetPosition(length));
        return length;
    }

    private static void ThrowIfCanceled(ReadResult result)
    {
        if (result.IsCanceled)
        {
            throw new OperationCanceledException("The read of the request body was canceled.");
        }
    }
}

using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp;

/// <summary>
/// The write-only stream a <see cref="StreamedResult"/>'s producer writes its body to: each write becomes one chunk
/// of the connection's output (or, for HTTP/1.0, the bytes as they are), flushed whenever
/// <see cref="FlushThreshold"/> bytes are waiting so that a body of any size needs bounded memory.
/// </summary>
/// <remarks>
/// <para>
/// The head is committed with the first write or flush rather than up front, so a producer that fails before
/// writing anything leaves nothing behind and its request can still be answered <c>500</c>.
/// </para>
/// <para>
/// Disposing it does nothing: the body ends when the producer returns, so a producer may hand it to a writer that
/// disposes what it wraps. Writes after the producer returned are refused.
/// </para>
/// </remarks>
internal sealed class ResponseBodyStream : Stream
{
    /// <summary>
    /// How many bytes may wait in the output before a write flushes them and waits for the client to take them.
    /// Large enough that a flush carries many segments, small enough that a slow client holds little memory.
    /// </summary>
    internal const int FlushThreshold = 64 * 1024;

    // The longest chunk-size line: eight hex digits for int.MaxValue and CRLF.
    private const int MaxChunkSizeLineLength = 10;

    private readonly HttpResponse _response;
    private readonly PipeWriter _output;
    private readonly StreamedResult _result;
    private readonly bool _chunked;
    private int _unflushed;
    private bool _ended;

    public ResponseBodyStream(HttpResponse response, PipeWriter output, StreamedResult result, bool chunked)
    {
        _response = response;
        _output = output;
        _result = result;
        _chunked = chunked;
    }

    /// <summary>Whether anything of the response was committed to the output, and so can no longer be taken back.</summary>
    public bool HeadCommitted { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !_ended;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_ended, this);

        // A zero-length chunk is the last chunk: written in the middle it would end the body early.
        return buffer.IsEmpty ? ValueTask.CompletedTask : WriteChunkAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("A streamed body is written with WriteAsync: a synchronous write would block a thread on a slow client.");

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_ended, this);
        CommitHead();
        await FlushOutputAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Does nothing rather than throw: writers such as <c>StreamWriter</c> call it when disposed, and whatever was
    /// written is flushed by the next write past the threshold or by the connection after the body ends.
    /// </summary>
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Ends the body after the producer returned: the last chunk, not flushed, since the connection flushes.</summary>
    internal void End()
    {
        CommitHead();
        if (_chunked)
        {
            Commit("0\r\n\r\n"u8);
        }

        _ended = true;
    }

    /// <summary>Refuses any later write from a producer that kept the stream after it returned or failed.</summary>
    internal void Abandon() => _ended = true;

    private async ValueTask WriteChunkAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        CommitHead();
        if (_chunked)
        {
            var line = _output.GetSpan(MaxChunkSizeLineLength);
            data.Length.TryFormat(line, out var digits, "x", CultureInfo.InvariantCulture);
            "\r\n"u8.CopyTo(line[digits..]);
            _output.Advance(digits + 2);
            _unflushed += digits + 2;
        }

        // A chunk need not be flushed in one piece: a large one is copied in slices, each flushed past the threshold.
        while (!data.IsEmpty)
        {
            if (_unflushed >= FlushThreshold)
            {
                await FlushOutputAsync(cancellationToken).ConfigureAwait(false);
            }

            var slice = data[..Math.Min(data.Length, FlushThreshold - _unflushed)];
            Commit(slice.Span);
            data = data[slice.Length..];
        }

        if (_chunked)
        {
            Commit("\r\n"u8);
        }

        if (_unflushed >= FlushThreshold)
        {
            await FlushOutputAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void CommitHead()
    {
        if (!HeadCommitted)
        {
            _unflushed += _response.CommitStreamedHead(_result);
            HeadCommitted = true;
        }
    }

    private void Commit(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        _unflushed += bytes.Length;
    }

    private async ValueTask FlushOutputAsync(CancellationToken cancellationToken)
    {
        var result = await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
        _unflushed = 0;
        if (result.IsCanceled)
        {
            throw new OperationCanceledException("The response's flush was cancelled.");
        }

        if (result.IsCompleted)
        {
            throw new IOException("The client stopped reading the response.");
        }
    }
}

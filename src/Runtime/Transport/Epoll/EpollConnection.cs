using System;
using System.IO;
using System.IO.Pipelines;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;

namespace MiniHttp.Transport.Epoll;

/// <summary>
/// One connection on an <see cref="EpollLoop"/>. Receiving: when the loop reports the socket readable, one <c>recv</c>
/// straight into the input pipe's memory and a flush, which runs the connection's reader (the HTTP layer) inline on the
/// loop's thread. Sending: the output pipe's reader, also inline, sends each flushed segment with <c>send</c> at once, on
/// whichever thread flushed; only when the kernel's send buffer is full does it ask the loop to watch for writability.
/// </summary>
/// <remarks>
/// The output pipe pauses its writer at its first unsent byte, so a flush completes only once the kernel has taken every
/// byte, as a flush to a socket stream does: the HTTP layer's bound on unsent responses holds unchanged. The input pipe
/// pauses at <see cref="InputPauseThreshold"/> unconsumed bytes; the loop then stops watching the socket for reading until
/// the connection has consumed them, so a client cannot make the server buffer more while a response is pending.
/// </remarks>
internal sealed class EpollConnection : ConnectionTransport, IValueTaskSource
{
    // What one receive asks for at least: a pipelined batch of small requests fits in one.
    private const int MinimumReceiveSize = 4 * 1024;

    private readonly EpollEngine _engine;
    private readonly Pipe _input;
    private readonly Pipe _output;
    private readonly Lock _gate = new();
    private readonly Action _resumeReceiving;

    // The socket being served: set by Open, for each connection this instance serves in turn.
    private Socket _socket = null!;
    private SafeSocketHandle _handle = null!;
    private EpollLoop _loop = null!;
    private ConnectionTimeouts _timeouts = null!;

    // The events the loop watches for: changed under _gate, and only when receiving stops or resumes or a send waits.
    private uint _interest;
    private bool _disposed;

    private volatile bool _receiving;
    private int _inputEnded;
    private ValueTask<FlushResult> _pausedFlush;

    private int _awaitingWritable;
    private ManualResetValueTaskSourceCore<bool> _writable;
    private DuplexPipeStream? _stream;
    private ValueTask _sending;

    // Who still uses the instance: the connection until its EndAsync, and the input side until its end has run whole (the
    // end runs the connection's last reads inline, and the connection can end in them). The last to let go gives the
    // instance back, so neither touches the state of a connection that the instance serves next.
    private int _users;

    /// <summary>
    /// Made once and reused: the pipes, reset between connections, are most of what a connection's transport allocates
    /// (<see cref="EpollEngine"/> keeps the instances of ended connections).
    /// </summary>
    public EpollConnection(EpollEngine engine)
    {
        _engine = engine;
        _input = new Pipe(InputOptions);
        _output = new Pipe(OutputOptions);
        _resumeReceiving = ResumeReceiving;
    }

    /// <summary>Starts serving <paramref name="socket"/> on <paramref name="loop"/>.</summary>
    public void Open(Socket socket, EpollLoop loop, ConnectionTimeouts timeouts)
    {
        _users = 2;
        _socket = socket;
        // The loop calls recv and send itself; the runtime's own socket engine never sees this socket.
        socket.Blocking = false;
        _handle = socket.SafeHandle;
        _loop = loop;
        _timeouts = timeouts;
        _disposed = false;
        _interest = 0;
        _receiving = true;
        _inputEnded = 0;
        _awaitingWritable = 0;
        _stream = null;
        Token = loop.Register(this);
        // Awaited by EndAsync once the connection has completed its output (a failed send reaches the HTTP layer through its
        // next flush instead), so that its pooled state machine serves the next connection.
#pragma warning disable CA2012
        _sending = SendLoopAsync();
#pragma warning restore CA2012
        bool watched;
        lock (_gate)
        {
            watched = UpdateInterest();
        }

        if (!watched)
        {
            EndInput(new IOException("The connection could not be watched for input.", new SocketException(Marshal.GetLastPInvokeError())));
        }
    }

    // Inline schedulers: the reader runs in the writer's flush, on the loop's thread for the input and on the flushing
    // thread for the output, so neither direction hands over to another thread.
    internal static readonly PipeOptions InputOptions = new(
        readerScheduler: PipeScheduler.Inline,
        writerScheduler: PipeScheduler.Inline,
        pauseWriterThreshold: InputPauseThreshold,
        resumeWriterThreshold: InputPauseThreshold / 2,
        minimumSegmentSize: 16 * 1024,
        useSynchronizationContext: false);

    internal static readonly PipeOptions OutputOptions = new(
        readerScheduler: PipeScheduler.Inline,
        writerScheduler: PipeScheduler.Inline,
        pauseWriterThreshold: 1,
        resumeWriterThreshold: 1,
        useSynchronizationContext: false);

    /// <summary>
    /// How many received bytes the connection may leave unconsumed before the loop stops reading its socket: more than
    /// any request the default limits let be buffered whole (a 1 MiB body behind a 32 KiB head), as Kestrel's
    /// <c>MaxRequestBufferSize</c> does.
    /// </summary>
    internal const int InputPauseThreshold = 2 * 1024 * 1024;

    /// <summary>This connection's slot in its loop, carried by each of its events.</summary>
    public ulong Token { get; private set; }

    public override PipeReader Input => _input.Reader;

    public override PipeWriter Output => _output.Writer;

    public override Stream Stream => _stream ??= new DuplexPipeStream(_input.Reader, _output.Writer);

    /// <summary>Called by the loop with the events <c>epoll_wait</c> reported for this socket.</summary>
    public void OnEvents(uint events)
    {
        try
        {
            if ((events & (LinuxInterop.EpollOut | LinuxInterop.EpollErr | LinuxInterop.EpollHup)) != 0
                && Interlocked.Exchange(ref _awaitingWritable, 0) == 1)
            {
                lock (_gate)
                {
                    UpdateInterest();
                }

                _writable.SetResult(true);
            }

            if (_receiving && (events & (LinuxInterop.EpollIn | LinuxInterop.EpollErr | LinuxInterop.EpollHup)) != 0)
            {
                Receive();
            }
        }
        catch (Exception e)
        {
            // Whatever failed belongs to this connection alone; the loop goes on with the others.
            EndInput(e);
        }
    }

    private unsafe void Receive()
    {
        var writer = _input.Writer;
        var memory = writer.GetMemory(MinimumReceiveSize);
        nint received;
        var error = 0;
        var added = false;
        try
        {
            _handle.DangerousAddRef(ref added);
            fixed (byte* buffer = memory.Span)
            {
                received = LinuxInterop.Receive(_handle.DangerousGetHandle(), buffer, (nuint)memory.Length, 0);
            }

            if (received < 0)
            {
                error = Marshal.GetLastPInvokeError();
            }
        }
        catch (ObjectDisposedException)
        {
            // Closed by the connection meanwhile: it reads no more.
            EndInput(null);
            return;
        }
        finally
        {
            if (added)
            {
                _handle.DangerousRelease();
            }
        }

        if (received > 0)
        {
            writer.Advance((int)received);
            var flush = writer.FlushAsync();
            if (!flush.IsCompleted)
            {
                PauseReceiving(flush);
            }
            else if (flush.Result.IsCompleted)
            {
                // The connection stopped reading for good.
                EndInput(null);
            }
        }
        else if (received == 0)
        {
            EndInput(null);
        }
        else if (error is not (LinuxInterop.EAgain or LinuxInterop.EIntr))
        {
            EndInput(new IOException("The connection was reset.", new SocketException((int)ToSocketError(error))));
        }
    }

    private void PauseReceiving(ValueTask<FlushResult> flush)
    {
        _pausedFlush = flush;
        _receiving = false;
        lock (_gate)
        {
            UpdateInterest();
        }

        flush.GetAwaiter().UnsafeOnCompleted(_resumeReceiving);
    }

    private void ResumeReceiving()
    {
        var flush = _pausedFlush;
        _pausedFlush = default;
        try
        {
            if (flush.GetAwaiter().GetResult().IsCompleted)
            {
                EndInput(null);
                return;
            }
        }
        catch (Exception e)
        {
            EndInput(e);
            return;
        }

        if (Volatile.Read(ref _inputEnded) == 1)
        {
            return;
        }

        _receiving = true;
        lock (_gate)
        {
            UpdateInterest();
        }
    }

    /// <summary>Ends the input, once: at the client's end of stream, a failed receive, or the connection no longer reading.</summary>
    private void EndInput(Exception? error)
    {
        _receiving = false;
        if (Interlocked.Exchange(ref _inputEnded, 1) == 1)
        {
            return;
        }

        _input.Writer.Complete(error);
        // After the completion, whose reader (the connection) often closes at once: closing takes the socket out of the
        // loop's set anyway, and the epoll_ctl is saved.
        lock (_gate)
        {
            UpdateInterest();
        }

        Release();
    }

    /// <summary>Sends what the HTTP layer flushes, as it flushes it, until the output completes or a send fails.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask SendLoopAsync()
    {
        var reader = _output.Reader;
        Exception? error = null;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync().ConfigureAwait(false);
                var buffer = result.Buffer;
                var position = buffer.Start;
                while (buffer.TryGet(ref position, out var segment))
                {
                    while (!segment.IsEmpty)
                    {
                        var sent = TrySend(segment.Span);
                        if (sent < 0)
                        {
                            await WaitUntilWritableAsync(segment.Length).ConfigureAwait(false);
                            continue;
                        }

                        segment = segment[sent..];
                    }
                }

                reader.AdvanceTo(buffer.End);
                if (result.IsCompleted || result.IsCanceled)
                {
                    break;
                }
            }
        }
        catch (Exception e)
        {
            error = e;
        }

        // With an error, the next flush throws it, as a failed write to a socket stream does.
        await reader.CompleteAsync(error).ConfigureAwait(false);
    }

    /// <returns>The bytes the kernel took, or -1 when its send buffer is full.</returns>
    private unsafe int TrySend(ReadOnlySpan<byte> bytes)
    {
        var added = false;
        try
        {
            _handle.DangerousAddRef(ref added);
            while (true)
            {
                nint sent;
                fixed (byte* buffer = bytes)
                {
                    sent = LinuxInterop.Send(_handle.DangerousGetHandle(), buffer, (nuint)bytes.Length, LinuxInterop.MsgNoSignal);
                }

                if (sent >= 0)
                {
                    return (int)sent;
                }

                var error = Marshal.GetLastPInvokeError();
                if (error == LinuxInterop.EAgain)
                {
                    return -1;
                }

                if (error != LinuxInterop.EIntr)
                {
                    throw new IOException("The connection was reset.", new SocketException((int)ToSocketError(error)));
                }
            }
        }
        finally
        {
            if (added)
            {
                _handle.DangerousRelease();
            }
        }
    }

    /// <summary>
    /// Waits until the socket can take more, timed against <see cref="ServerLimits.MinResponseDataRate"/> for the bytes
    /// waiting (at most a piece of <see cref="TimedNetworkStream.MaxSendSize"/>, as the socket transport times each send).
    /// </summary>
    private async ValueTask WaitUntilWritableAsync(int waiting)
    {
        _writable.Reset();
        if (_timeouts.TimesSends)
        {
            _timeouts.ArmSend(Math.Min(waiting, TimedNetworkStream.MaxSendSize));
        }

        Volatile.Write(ref _awaitingWritable, 1);
        bool watched;
        lock (_gate)
        {
            watched = UpdateInterest();
        }

        if (!watched && Interlocked.Exchange(ref _awaitingWritable, 0) == 1)
        {
            // Closed: the send that follows fails.
            _writable.SetResult(false);
        }

        try
        {
            await new ValueTask(this, _writable.Version).ConfigureAwait(false);
        }
        finally
        {
            if (_timeouts.TimesSends)
            {
                _timeouts.DisarmSend();
            }
        }
    }

    /// <summary>Makes the loop watch for what the connection waits for now. Called under <see cref="_gate"/>.</summary>
    /// <returns>False once the connection is closed: nothing is watched any more.</returns>
    private bool UpdateInterest()
    {
        if (_disposed)
        {
            return false;
        }

        var wanted = (_receiving ? LinuxInterop.EpollIn : 0) | (Volatile.Read(ref _awaitingWritable) == 1 ? LinuxInterop.EpollOut : 0);
        if (wanted == _interest)
        {
            return true;
        }

        var operation = _interest == 0 ? LinuxInterop.EpollCtlAdd : wanted == 0 ? LinuxInterop.EpollCtlDel : LinuxInterop.EpollCtlMod;
        if (_loop.Control(operation, (int)_handle.DangerousGetHandle(), wanted, Token) != 0)
        {
            return false;
        }

        _interest = wanted;
        return true;
    }

    private static SocketError ToSocketError(int errno) => errno switch
    {
        LinuxInterop.EConnReset => SocketError.ConnectionReset,
        LinuxInterop.EPipe => SocketError.Shutdown,
        _ => SocketError.SocketError,
    };

    public override ValueTask EndAsync()
    {
        var sending = _sending;
        _sending = default;
        if (!sending.IsCompletedSuccessfully)
        {
            return EndWhenSentAsync(sending);
        }

        sending.GetAwaiter().GetResult();
        Release();
        return default;
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask EndWhenSentAsync(ValueTask sending)
    {
        await sending.ConfigureAwait(false);
        Release();
    }

    private void Release()
    {
        if (Interlocked.Decrement(ref _users) == 0)
        {
            Recycle();
        }
    }

    /// <summary>
    /// Gives the instance back to the engine for the next connection, once both its users have let go and everything of
    /// this connection is over: the socket closed, both pipes completed at both ends. A connection closed while its
    /// input was still open (the server closed first, or it was aborted) never ends its input, as the closed socket
    /// leaves the loop's set, so its instance is left to the garbage collector.
    /// </summary>
    private void Recycle()
    {
        if (!_disposed || !_pausedFlush.Equals(default(ValueTask<FlushResult>)))
        {
            return;
        }

        try
        {
            _input.Reset();
            _output.Reset();
        }
        catch (InvalidOperationException)
        {
            // A pipe not completed at both ends: not reusable.
            return;
        }

        _socket = null!;
        _handle = null!;
        _timeouts = null!;
        _stream = null;
        _engine.Return(this);
    }

    public override void ShutdownSend() => _socket.Shutdown(SocketShutdown.Send);

    public override void Abort(bool reset)
    {
        // A stop or the heartbeat may come from another thread just as the connection ends: once disposed, the instance
        // may already be back in the engine's pool, its socket gone, and there is nothing left to abort.
        Socket socket;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            socket = _socket;
        }

        if (reset)
        {
            SocketClosing.SetResetOnClose(socket);
        }

        try
        {
            // Not a close: the loop sees the hang-up, ends the input and wakes a waiting send, and the descriptor stays
            // this connection's until it is disposed, so no event can reach another connection that reused its number.
            socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception e) when (e is ObjectDisposedException or SocketException)
        {
            // Already closed, or the client already reset it: either way it has ended.
        }
    }

    public override void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            // Closing the socket takes it out of the loop's set; an event already read for it carries a token the loop
            // no longer knows once the slot is freed, and is dropped.
            _interest = 0;
            _disposed = true;
        }

        _loop.Unregister(Token);
        _socket.Dispose();
        if (Interlocked.Exchange(ref _awaitingWritable, 0) == 1)
        {
            _writable.SetResult(false);
        }
    }

    void IValueTaskSource.GetResult(short token) => _writable.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource.GetStatus(short token) => _writable.GetStatus(token);

    void IValueTaskSource.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _writable.OnCompleted(continuation, state, token, flags);
}

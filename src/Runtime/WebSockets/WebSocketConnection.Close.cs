using System;
using System.IO;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp.WebSockets;

public sealed partial class WebSocketConnection
{
    /// <summary>
    /// Closes the conversation: sends a close frame with <paramref name="status"/> and <paramref name="reason"/> (cut to
    /// 123 bytes of UTF-8), then reads and drops messages until the client's close arrives, for at most
    /// <see cref="ServerLimits.WebSocketCloseTimeout"/>. Does nothing once the conversation has ended.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a code a close frame may carry.</exception>
    public async ValueTask CloseAsync(WebSocketCloseStatus status = WebSocketCloseStatus.NormalClosure, string? reason = null)
    {
        if (!CloseCodes.IsValidOnWire((int)status))
        {
            WebSocketMisuse.ThrowCloseStatus(status);
        }

        if (_ended is not null)
        {
            return;
        }

        await CloseAndEndAsync(status, reason is null ? ReadOnlyMemory<byte>.Empty : Encoding.UTF8.GetBytes(reason)).ConfigureAwait(false);
        await WaitForClientCloseAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Starts closing because the server is stopping: a handler waiting in <see cref="ReceiveAsync"/> is woken, the
    /// client is sent a close with 1001, and the handler receives the close. Safe from any thread.
    /// </summary>
    internal void BeginClose()
    {
        _stopping = true;
        CancelPendingRead();
    }

    /// <summary>
    /// Called by the server's heartbeat, about once a second: wakes a read that has waited past its deadline (the idle
    /// timeout, or the wait for the client's close), which then ends the conversation.
    /// </summary>
    internal void OnHeartbeat(long now)
    {
        var deadline = Volatile.Read(ref _deadline);
        if (deadline > 0 && now > deadline && Interlocked.CompareExchange(ref _deadline, Expired, deadline) == deadline)
        {
            CancelPendingRead();
        }
    }

    /// <summary>
    /// Runs <paramref name="handler"/>, then ends the conversation as the class remarks say. A failure to reach the client
    /// (a reset, an aborted connection) ends it too and reaches the caller.
    /// </summary>
    /// <param name="onHandlerFailed">Told of an exception the handler threw for another reason; the client is sent 1011.</param>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    internal async ValueTask RunAsync(Func<WebSocketConnection, ValueTask> handler, Action<Exception> onHandlerFailed)
    {
        var status = WebSocketCloseStatus.NormalClosure;
        try
        {
            await handler(this).ConfigureAwait(false);
        }
        catch (Exception e) when (!IsConnectionFailure(e))
        {
            onHandlerFailed(e);
            status = WebSocketCloseStatus.InternalServerError;
        }

        if (_ended is null)
        {
            await CloseAndEndAsync(status).ConfigureAwait(false);
        }

        await WaitForClientCloseAsync().ConfigureAwait(false);
    }

    /// <summary>Sends the server's close frame, if it has not sent one, and ends the conversation with <paramref name="status"/>.</summary>
    private ValueTask<WebSocketMessage> CloseAndEndAsync(WebSocketCloseStatus status) => CloseAndEndAsync(status, ReadOnlyMemory<byte>.Empty);

    private async ValueTask<WebSocketMessage> CloseAndEndAsync(WebSocketCloseStatus status, ReadOnlyMemory<byte> reason)
    {
        var ended = new WebSocketMessage(WebSocketMessageType.Close, reason, status);
        _ended = ended;
        if (!_closeSent)
        {
            _closeSent = true;
            FrameWriter.WriteClose(_output, status, reason.Span);
            // Flushed before anything else happens, so the close reaches the client before the TCP connection ends.
            await _output.FlushAsync().ConfigureAwait(false);
        }

        return ended;
    }

    /// <summary>
    /// After the server's close, reads until the client's close frame or end of stream (section 7.1.1: the server should
    /// be the first to close the TCP connection, once the handshake is done), for at most the close timeout. A client
    /// that broke the protocol is not waited for (section 7.1.7: the connection fails).
    /// </summary>
    private async ValueTask WaitForClientCloseAsync()
    {
        if (_clientClosed || _reader.HasFailed)
        {
            return;
        }

        ArmDeadline(_closeTimeoutMs);
        try
        {
            while (true)
            {
                var result = await _input.ReadAsync().ConfigureAwait(false);
                var buffer = result.Buffer;
                var receiveEvent = _reader.TryRead(buffer, out var consumed);
                // Messages after the server's close are dropped; pings need no pong once the close is sent (section 5.5.1).
                while (receiveEvent is ReceiveEvent.Message or ReceiveEvent.Ping or ReceiveEvent.Pong)
                {
                    buffer = buffer.Slice(consumed);
                    receiveEvent = _reader.TryRead(buffer, out consumed);
                }

                _input.AdvanceTo(consumed, buffer.End);
                if (receiveEvent is ReceiveEvent.Close or ReceiveEvent.Failed || result.IsCompleted || Volatile.Read(ref _deadline) == Expired)
                {
                    _clientClosed = receiveEvent == ReceiveEvent.Close || result.IsCompleted;
                    return;
                }
            }
        }
        finally
        {
            DisarmDeadline();
        }
    }

    private void ArmDeadline(long timeoutMs) => Volatile.Write(ref _deadline, Environment.TickCount64 + timeoutMs);

    /// <returns>Whether the heartbeat expired the wait.</returns>
    private bool DisarmDeadline() => Interlocked.Exchange(ref _deadline, 0) == Expired;

    private void CancelPendingRead()
    {
        try
        {
            _input.CancelPendingRead();
        }
        catch (ObjectDisposedException)
        {
            // The connection ended meanwhile: there is nothing left to wake.
        }
    }

    private static bool IsConnectionFailure(Exception exception) =>
        exception is IOException or SocketException or ObjectDisposedException or OperationCanceledException;
}

using System;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp;

/// <summary>
/// A connection's socket as a stream that times each send against <see cref="ServerLimits.MinResponseDataRate"/>: the
/// send's limit is armed in the connection's <see cref="ConnectionTimeouts"/> before it starts and disarmed when it ends,
/// and the server's heartbeat aborts the connection when one takes too long. A pending send cannot be watched making
/// progress, so each is given time for its own bytes; a large write goes out in pieces, so that no one wait is given
/// more than a piece's time.
/// </summary>
/// <remarks>
/// Every send of the connection goes through <see cref="WriteAsync(ReadOnlyMemory{byte}, CancellationToken)"/>: the output
/// pipe writes its segments with it, and so does an <see cref="System.Net.Security.SslStream"/> over this stream, one
/// TLS record at a time. A send the kernel takes at once (the usual case) costs a clock read and two field writes.
/// </remarks>
internal sealed class TimedNetworkStream : NetworkStream
{
    // The most one send carries. A little over a TLS record (16 KiB of payload and its few dozen bytes of framing), so
    // SslStream's record writes are never split; at the default 240 B/s a send may so wait about 73 s at most.
    internal const int MaxSendSize = 17 * 1024;

    private readonly ConnectionTimeouts _timeouts;

    public TimedNetworkStream(Socket socket, ConnectionTimeouts timeouts)
        : base(socket, ownsSocket: true) => _timeouts = timeouts;

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!_timeouts.TimesSends)
        {
            return base.WriteAsync(buffer, cancellationToken);
        }

        return buffer.Length <= MaxSendSize ? SendAsync(buffer, cancellationToken) : SendInPiecesAsync(buffer, cancellationToken);
    }

    private ValueTask SendAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken)
    {
        _timeouts.ArmSend(buffer.Length);
        ValueTask send;
        try
        {
            send = base.WriteAsync(buffer, cancellationToken);
        }
        catch
        {
            _timeouts.DisarmSend();
            throw;
        }

        if (send.IsCompleted)
        {
            _timeouts.DisarmSend();
            return send;
        }

        return AwaitSendAsync(send);
    }

    // Reached only when the kernel's send buffer is full: the client is behind. Pooled, so even then nothing is allocated
    // once the first slow sends have made the boxes.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask AwaitSendAsync(ValueTask send)
    {
        try
        {
            await send.ConfigureAwait(false);
        }
        finally
        {
            _timeouts.DisarmSend();
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask SendInPiecesAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken)
    {
        while (!buffer.IsEmpty)
        {
            var piece = buffer[..Math.Min(buffer.Length, MaxSendSize)];
            await SendAsync(piece, cancellationToken).ConfigureAwait(false);
            buffer = buffer[piece.Length..];
        }
    }
}

using System;
using System.Threading;

namespace MiniHttp;

/// <summary>
/// The time limits of one connection. The connection arms a deadline just before it waits for bytes and disarms it when
/// the wait ends; the server's heartbeat, once a second, expires an armed wait whose deadline has passed, and the
/// connection learns of it when it disarms. No timer per connection or per request: arming is a few field writes.
/// </summary>
/// <remarks>
/// The armed kind and the expiry share one field, changed with an exchange by the connection and a compare-exchange by
/// the heartbeat, so a wait either ends before it expires or is seen as expired by the connection, never half of each.
/// A send is timed apart from the reads (a response may be sent while a read is pending), by its deadline alone, which
/// the heartbeat expires with a compare-exchange the same way. Times are <see cref="Environment.TickCount64"/> milliseconds.
/// </remarks>
internal sealed class ConnectionTimeouts
{
    private const int ExpiredBit = 1 << 8;

    // The lingering close waits this long for the client's FIN: enough for a well-behaved client's, at one heartbeat's
    // precision, so a client that never closes holds the connection for one to two seconds.
    private const long LingerMs = 1000;

    private readonly long _keepAliveMs;
    private readonly long _requestHeadersMs;
    private readonly double? _minBodyBytesPerMs;
    private readonly long _bodyGracePeriodMs;

    private readonly double? _minResponseBytesPerMs;
    private readonly long _responseGracePeriodMs;

    // A send of up to this many bytes may take the grace period: the rate only matters for a larger one.
    private readonly long _gracePeriodBytes;

    private int _state;
    private long _deadline;

    // When the send in progress must end by; 0 when none is waiting.
    private long _sendDeadline;
    private volatile bool _sendExpired;

    // Whether the lingering close has begun, so its deadline is kept across its reads.
    private bool _lingering;

    // The head being read: when its first byte was seen, 0 before.
    private long _headStarted;

    // The body being read: how long the server has waited for it in earlier waits, when the current wait began, and how
    // many of its bytes had arrived then. Written by the connection only; the heartbeat only reads them.
    private bool _bodyStarted;
    private long _bodyWaitedMs;
    private long _bodyWaitStarted;
    private long _bodyReceived;

    public ConnectionTimeouts(ServerLimits limits)
    {
        _keepAliveMs = (long)limits.KeepAliveTimeout.TotalMilliseconds;
        _requestHeadersMs = (long)limits.RequestHeadersTimeout.TotalMilliseconds;
        _minBodyBytesPerMs = limits.MinRequestBodyDataRate / 1000;
        _bodyGracePeriodMs = (long)limits.MinRequestBodyDataRateGracePeriod.TotalMilliseconds;
        _minResponseBytesPerMs = limits.MinResponseDataRate / 1000;
        _responseGracePeriodMs = (long)limits.MinResponseDataRateGracePeriod.TotalMilliseconds;
        _gracePeriodBytes = (long)(_responseGracePeriodMs * (_minResponseBytesPerMs ?? 0));
    }

    /// <summary>Whether sends are timed: <see cref="ServerLimits.MinResponseDataRate"/> is set.</summary>
    public bool TimesSends => _minResponseBytesPerMs is not null;

    /// <summary>Whether the heartbeat found a send too slow, so the connection was aborted for it.</summary>
    public bool SendExpired => _sendExpired;

    /// <summary>Whether the connection is waiting for a new request, so the server can close it without losing one.</summary>
    public bool IsIdle => Volatile.Read(ref _state) == (int)TimeoutKind.KeepAlive;

    /// <summary>Arms the wait for the next request's first byte; any request before it is done.</summary>
    public void ArmKeepAlive()
    {
        _headStarted = 0;
        _bodyStarted = false;
        Arm(TimeoutKind.KeepAlive, Environment.TickCount64 + _keepAliveMs);
    }

    /// <summary>Arms the wait for more of a request head, timed from the head's first byte.</summary>
    /// <param name="newRequest">Whether the head is of a request that was not being read at the last wait.</param>
    public void ArmRequestHeaders(bool newRequest)
    {
        var now = Environment.TickCount64;
        if (newRequest || _headStarted == 0)
        {
            _headStarted = now;
            _bodyStarted = false;
        }

        Arm(TimeoutKind.RequestHeaders, _headStarted + _requestHeadersMs);
    }

    /// <summary>Arms the wait for more of a request body, of which <paramref name="received"/> bytes have arrived.</summary>
    /// <param name="newRequest">Whether the body is of a request that was not being read at the last wait.</param>
    public void ArmRequestBody(long received, bool newRequest)
    {
        if (_minBodyBytesPerMs is null)
        {
            return;
        }

        if (newRequest || !_bodyStarted)
        {
            _bodyStarted = true;
            _bodyWaitedMs = 0;
        }

        _headStarted = 0;
        _bodyReceived = received;
        _bodyWaitStarted = Environment.TickCount64;
        Arm(TimeoutKind.RequestBody, long.MaxValue);
    }

    /// <summary>
    /// Arms the wait for the client's close after the server's FIN, for a second from the first call; the lingering close
    /// calls it before each of its reads.
    /// </summary>
    public void ArmLinger()
    {
        var deadline = Volatile.Read(ref _deadline);
        Arm(TimeoutKind.Linger, _lingering ? deadline : Environment.TickCount64 + LingerMs);
        _lingering = true;
    }

    /// <summary>Forgets the body being read, so the next <see cref="ArmRequestBody"/> starts the grace period afresh.</summary>
    public void EndBody() => _bodyStarted = false;

    /// <summary>Ends the wait armed last.</summary>
    /// <returns>The kind of the wait if it expired; else <see cref="TimeoutKind.None"/>.</returns>
    public TimeoutKind Disarm()
    {
        var state = Interlocked.Exchange(ref _state, (int)TimeoutKind.None);
        if ((state & ~ExpiredBit) == (int)TimeoutKind.RequestBody)
        {
            _bodyWaitedMs += Environment.TickCount64 - _bodyWaitStarted;
        }

        return (state & ExpiredBit) != 0 ? (TimeoutKind)(state & ~ExpiredBit) : TimeoutKind.None;
    }

    /// <summary>
    /// Arms the limit for a send of <paramref name="length"/> bytes about to start: the longer of the grace period and the
    /// time the bytes take at the minimum rate. Only when <see cref="TimesSends"/>.
    /// </summary>
    public void ArmSend(int length)
    {
        var allowedMs = length <= _gracePeriodBytes ? _responseGracePeriodMs : (long)(length / _minResponseBytesPerMs!.Value);
        Volatile.Write(ref _sendDeadline, Environment.TickCount64 + allowedMs);
    }

    /// <summary>Ends the send armed last, whether it completed or failed.</summary>
    public void DisarmSend() => Volatile.Write(ref _sendDeadline, 0);

    /// <summary>Called by the heartbeat: expires the send in progress if it has taken longer than it may.</summary>
    /// <returns>Whether it expired just now, so the connection must be aborted: a pending send ends no other way.</returns>
    public bool TryExpireSend(long now)
    {
        var deadline = Volatile.Read(ref _sendDeadline);
        // Exchanged only if unchanged: a send that ended meanwhile is spared, and one armed since with the same deadline is
        // past its deadline as well.
        if (deadline == 0 || now <= deadline || Interlocked.CompareExchange(ref _sendDeadline, 0, deadline) != deadline)
        {
            return false;
        }

        _sendExpired = true;
        return true;
    }

    /// <summary>Called by the heartbeat: expires the armed wait if its limit has passed.</summary>
    /// <param name="closing">Whether the server is shutting down, which ends a keep-alive wait at once.</param>
    /// <returns>Whether the wait expired just now, so the connection must be woken.</returns>
    public bool TryExpire(long now, bool closing)
    {
        var state = Volatile.Read(ref _state);
        var expired = (TimeoutKind)state switch
        {
            TimeoutKind.KeepAlive => closing || now > Volatile.Read(ref _deadline),
            TimeoutKind.RequestHeaders or TimeoutKind.Linger => now > Volatile.Read(ref _deadline),
            TimeoutKind.RequestBody => BodyTooSlow(now),
            _ => false,
        };

        return expired && Interlocked.CompareExchange(ref _state, state | ExpiredBit, state) == state;
    }

    private bool BodyTooSlow(long now)
    {
        var waited = _bodyWaitedMs + (now - _bodyWaitStarted);
        return waited > _bodyGracePeriodMs && _bodyReceived < _minBodyBytesPerMs * waited;
    }

    private void Arm(TimeoutKind kind, long deadline)
    {
        Volatile.Write(ref _deadline, deadline);
        Interlocked.Exchange(ref _state, (int)kind);
    }
}

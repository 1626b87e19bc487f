using System;
using System.Net;
using System.Threading;
using Microsoft.Extensions.Logging;
using MiniHttp.Parsing;

namespace MiniHttp.Diagnostics;

/// <summary>
/// Logs rejected requests, at most <see cref="MaxPerWindow"/> a second per server: a client sending garbage as fast as it
/// can must not turn the log into its amplifier. What is left out is counted, and the count is logged when the next
/// window opens with a rejection, or when the server stops.
/// </summary>
/// <remarks>
/// The logger's level is checked first, before the lock or the clock: with rejections not logged (the default),
/// a rejection costs one <see cref="ILogger.IsEnabled"/> call here.
/// </remarks>
internal sealed class RejectionLog
{
    public const int MaxPerWindow = 10;

    private static readonly TimeSpan s_window = TimeSpan.FromSeconds(1);

    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private long _windowStart;
    private int _loggedInWindow;
    private long _suppressed;

    public RejectionLog(ILogger logger, TimeProvider time)
    {
        _logger = logger;
        _time = time;
        _windowStart = time.GetTimestamp();
    }

    public void Rejected(RequestRejection rejection, EndPoint? remoteEndPoint)
    {
        if (!_logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        long suppressed = 0;
        bool logged;
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            if (_time.GetElapsedTime(_windowStart, now) >= s_window)
            {
                suppressed = _suppressed;
                _suppressed = 0;
                _loggedInWindow = 0;
                _windowStart = now;
            }

            logged = _loggedInWindow < MaxPerWindow;
            if (logged)
            {
                _loggedInWindow++;
            }
            else
            {
                _suppressed++;
            }
        }

        if (suppressed > 0)
        {
            ServerLog.RejectionsSuppressed(_logger, suppressed, MaxPerWindow);
        }

        if (logged)
        {
            ServerLog.RequestRejected(_logger, remoteEndPoint, rejection);
        }
    }

    /// <summary>Logs the count of rejections left out of the current window, if any: for a server that stops.</summary>
    public void Flush()
    {
        if (!_logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        long suppressed;
        lock (_gate)
        {
            suppressed = _suppressed;
            _suppressed = 0;
        }

        if (suppressed > 0)
        {
            ServerLog.RejectionsSuppressed(_logger, suppressed, MaxPerWindow);
        }
    }
}

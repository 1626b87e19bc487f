using System;
using System.Collections.Generic;
using System.Net.Sockets;
using System.Threading;

namespace MiniHttp.Transport.Epoll;

/// <summary>
/// The epoll transport of one server: an event loop per core, each accepted connection given to the next loop in turn
/// and served on its thread for its whole life.
/// </summary>
internal sealed class EpollEngine : ConnectionTransportFactory, IDisposable
{
    // Ended connections' transports kept for new ones, up to this many: enough for a burst of short connections, and each
    // idle one holds only its two empty pipes.
    private const int MaxPooled = 1024;

    private readonly EpollLoop[] _loops;
    private readonly Stack<EpollConnection> _pool = new();
    private int _next;

    public EpollEngine(int loopCount)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The epoll transport runs on Linux only; use ServerTransport.Sockets elsewhere.");
        }

        _loops = new EpollLoop[loopCount];
        for (var i = 0; i < loopCount; i++)
        {
            _loops[i] = new EpollLoop(i);
        }
    }

    public override ConnectionTransport Create(Socket socket, ConnectionTimeouts timeouts)
    {
        var loop = _loops[(uint)Interlocked.Increment(ref _next) % (uint)_loops.Length];
        EpollConnection? connection;
        lock (_pool)
        {
            _pool.TryPop(out connection);
        }

        connection ??= new EpollConnection(this);
        connection.Open(socket, loop, timeouts);
        return connection;
    }

    /// <summary>Takes back the transport of a connection that has ended, for a new one.</summary>
    public void Return(EpollConnection connection)
    {
        lock (_pool)
        {
            if (_pool.Count < MaxPooled)
            {
                _pool.Push(connection);
            }
        }
    }

    public void Dispose()
    {
        foreach (var loop in _loops)
        {
            loop.Dispose();
        }
    }
}

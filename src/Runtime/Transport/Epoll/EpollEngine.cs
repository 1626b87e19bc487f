using System;
using System.Net.Sockets;
using System.Threading;

namespace MiniHttp.Transport.Epoll;

/// <summary>
/// The epoll transport of one server: an event loop per core, each accepted connection given to the next loop in turn
/// and served on its thread for its whole life.
/// </summary>
internal sealed class EpollEngine : ConnectionTransportFactory, IDisposable
{
    private readonly EpollLoop[] _loops;
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

    public int LoopCount => _loops.Length;

    public override ConnectionTransport Create(Socket socket, ConnectionTimeouts timeouts)
    {
        var loop = _loops[(uint)Interlocked.Increment(ref _next) % (uint)_loops.Length];
        return new EpollConnection(socket, loop, timeouts);
    }

    public void Dispose()
    {
        foreach (var loop in _loops)
        {
            loop.Dispose();
        }
    }
}

using System;
using System.Collections.Generic;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading;

namespace MiniHttp.Transport.Epoll;

/// <summary>
/// One event loop: a thread waiting in <c>epoll_wait</c> on its connections' sockets, which receives from a socket only
/// once the kernel says it has bytes and hands them to the connection's input pipe on this thread, so the request is
/// parsed, dispatched and answered here, its response sent at the flush. A socket's readiness is level-triggered, so
/// the loop never has to receive until a call fails to know it has taken everything.
/// </summary>
internal sealed unsafe class EpollLoop : IDisposable
{
    private const int MaxEvents = 256;

    // The eventfd that wakes the loop to stop; no connection's token can be this.
    private const ulong WakeToken = ulong.MaxValue;

    private readonly int _epoll;
    private readonly int _wake;
    private readonly Thread _thread;
    private readonly Lock _gate = new();
    private readonly Stack<int> _freeSlots = new();

    // A connection's token is its slot and the slot's generation, so an event read for a connection that closed since
    // (its slot reused) finds a different token and is dropped.
    private EpollConnection?[] _connections = new EpollConnection?[64];
    private uint[] _generations = new uint[64];
    private int _usedSlots;
    private volatile bool _stopping;

    public EpollLoop(int index)
    {
        _epoll = LinuxInterop.EpollCreate(LinuxInterop.EpollCloexec);
        if (_epoll < 0)
        {
            throw new SocketException(Marshal.GetLastPInvokeError());
        }

        _wake = LinuxInterop.EventFd(0, LinuxInterop.EfdCloexec | LinuxInterop.EfdNonBlock);
        if (_wake < 0 || Control(LinuxInterop.EpollCtlAdd, _wake, LinuxInterop.EpollIn, WakeToken) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            CloseDescriptors();
            throw new SocketException(error);
        }

        _thread = new Thread(static loop => ((EpollLoop)loop!).Run())
        {
            IsBackground = true,
            Name = $"MiniHttp epoll {index}",
        };
        _thread.UnsafeStart(this);
    }

    /// <summary>Gives <paramref name="connection"/> a slot, whose token its events will carry.</summary>
    public ulong Register(EpollConnection connection)
    {
        lock (_gate)
        {
            if (!_freeSlots.TryPop(out var slot))
            {
                slot = _usedSlots++;
                if (slot == _connections.Length)
                {
                    Array.Resize(ref _generations, slot * 2);
                    var grown = new EpollConnection?[slot * 2];
                    _connections.CopyTo(grown, 0);
                    Volatile.Write(ref _connections, grown);
                }
            }

            var generation = ++_generations[slot];
            Volatile.Write(ref _connections[slot], connection);
            return ((ulong)generation << 32) | (uint)slot;
        }
    }

    /// <summary>Frees the slot of the connection with <paramref name="token"/>: no more of its events are delivered.</summary>
    public void Unregister(ulong token)
    {
        lock (_gate)
        {
            var slot = (int)(uint)token;
            if (_connections[slot] is { } connection && connection.Token == token)
            {
                Volatile.Write(ref _connections[slot], null);
                _freeSlots.Push(slot);
            }
        }
    }

    /// <summary><c>epoll_ctl</c> on this loop's set.</summary>
    /// <returns>0, or -1 with the error in <see cref="Marshal.GetLastPInvokeError"/>.</returns>
    public int Control(int operation, int descriptor, uint events, ulong token)
    {
        var entry = stackalloc byte[16];
        EpollEvent.Write(entry, events, token);
        return LinuxInterop.EpollCtl(_epoll, operation, descriptor, entry);
    }

    private void Run()
    {
        var events = (byte*)NativeMemory.Alloc((nuint)(MaxEvents * EpollEvent.Size));
        try
        {
            while (!_stopping)
            {
                var count = LinuxInterop.EpollWait(_epoll, events, MaxEvents, -1);
                if (count < 0)
                {
                    if (Marshal.GetLastPInvokeError() == LinuxInterop.EIntr)
                    {
                        continue;
                    }

                    throw new SocketException(Marshal.GetLastPInvokeError());
                }

                var connections = Volatile.Read(ref _connections);
                for (var i = 0; i < count; i++)
                {
                    var entry = events + (i * EpollEvent.Size);
                    var token = EpollEvent.Data(entry);
                    var slot = (int)(uint)token;
                    if (token != WakeToken && slot < connections.Length && Volatile.Read(ref connections[slot]) is { } connection
                        && connection.Token == token)
                    {
                        connection.OnEvents(EpollEvent.Events(entry));
                    }
                }
            }
        }
        finally
        {
            NativeMemory.Free(events);
        }
    }

    /// <summary>Stops the loop's thread; its connections must all be closed by then.</summary>
    public void Dispose()
    {
        _stopping = true;
        ulong one = 1;
        _ = LinuxInterop.Write(_wake, (byte*)&one, sizeof(ulong));
        if (Thread.CurrentThread != _thread)
        {
            _thread.Join();
        }

        CloseDescriptors();
    }

    private void CloseDescriptors()
    {
        if (_wake >= 0)
        {
            _ = LinuxInterop.Close(_wake);
        }

        _ = LinuxInterop.Close(_epoll);
    }
}

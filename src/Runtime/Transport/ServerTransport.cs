namespace MiniHttp;

/// <summary>What moves a connection's bytes between its socket and the HTTP layer's pipes.</summary>
public enum ServerTransport
{
    /// <summary>
    /// The runtime's sockets (<see cref="System.Net.Sockets.Socket"/> and its event threads), on every platform .NET runs on.
    /// </summary>
    Sockets,

    /// <summary>
    /// MiniHttp's own epoll event loops, one thread per core, Linux only: a connection is received from only once the
    /// kernel says it has bytes, and is answered on the loop's thread.
    /// </summary>
    Epoll,
}

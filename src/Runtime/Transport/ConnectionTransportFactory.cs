using System.Net.Sockets;

namespace MiniHttp;

/// <summary>Makes the transport of each accepted socket: the server's choice of <see cref="ServerTransport"/>.</summary>
internal abstract class ConnectionTransportFactory
{
    /// <summary>Takes over <paramref name="socket"/>: from now on the transport alone reads, writes and closes it.</summary>
    /// <param name="timeouts">The connection's limits, which the transport's sends are timed against.</param>
    public abstract ConnectionTransport Create(Socket socket, ConnectionTimeouts timeouts);
}

/// <summary>The portable transport's factory: nothing to start or stop.</summary>
internal sealed class SocketStreamTransportFactory : ConnectionTransportFactory
{
    public static readonly SocketStreamTransportFactory Instance = new();

    public override ConnectionTransport Create(Socket socket, ConnectionTimeouts timeouts) => new SocketStreamTransport(socket, timeouts);
}

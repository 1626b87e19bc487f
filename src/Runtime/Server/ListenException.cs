using System;
using System.IO;
using System.Net;
using System.Net.Sockets;

namespace MiniHttp;

/// <summary>
/// The server could not listen on its endpoint: the port is taken, the process may not bind it, or the address is not
/// this machine's. The message is one line that names the endpoint and what to change; the socket's error is the inner
/// exception.
/// </summary>
public sealed class ListenException : IOException
{
    private ListenException(string message, SocketException inner)
        : base(message, inner)
    {
        EndPoint = null!;
    }

    /// <summary>The endpoint the server tried to listen on.</summary>
    public IPEndPoint EndPoint { get; private init; }

    /// <summary>Why the socket could not listen.</summary>
    public SocketError SocketError => ((SocketException)InnerException!).SocketErrorCode;

    internal static ListenException From(IPEndPoint endPoint, string scheme, SocketException e)
    {
        var url = $"{scheme}://{endPoint}";
        var message = e.SocketErrorCode switch
        {
            SocketError.AddressAlreadyInUse =>
                $"Cannot listen on {url}: the port is already in use. Stop the process that listens there, or choose another port.",
            SocketError.AccessDenied =>
                $"Cannot listen on {url}: permission denied. Ports below 1024 need root or CAP_NET_BIND_SERVICE; choose a port from 1024 up.",
            SocketError.AddressNotAvailable =>
                $"Cannot listen on {url}: the address is not one of this machine's. Listen on one of its addresses, 127.0.0.1, or 0.0.0.0 for all.",
            _ => $"Cannot listen on {url}: {e.Message}.",
        };
        return new ListenException(message, e) { EndPoint = endPoint };
    }
}

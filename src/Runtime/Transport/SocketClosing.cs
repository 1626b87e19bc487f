using System;
using System.Net.Sockets;

namespace MiniHttp;

internal static class SocketClosing
{
    /// <summary>
    /// Makes closing <paramref name="socket"/> a reset (zero linger): the kernel drops what the client has not taken
    /// instead of holding it for a client that does not read.
    /// </summary>
    public static void SetResetOnClose(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(enable: true, seconds: 0);
        }
        catch (Exception e) when (e is ObjectDisposedException or SocketException)
        {
            // The connection ended meanwhile: there is nothing left to reset.
        }
    }
}

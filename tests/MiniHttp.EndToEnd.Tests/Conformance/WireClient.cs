using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp.EndToEnd.Tests.Conformance;

/// <summary>
/// A socket that sends exact bytes and hands back exactly what the server sent, interim responses included
/// (<see cref="RawHttpClient"/> reads only final responses framed by Content-Length).
/// </summary>
internal sealed class WireClient : IAsyncDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);

    private readonly Socket _socket;
    private readonly StringBuilder _received = new();

    private WireClient(Socket socket) => _socket = socket;

    public static async Task<WireClient> ConnectAsync(IPEndPoint endPoint)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = new CancellationTokenSource(s_timeout);
        await socket.ConnectAsync(endPoint, timeout.Token);
        return new WireClient(socket);
    }

    public async Task SendAsync(string ascii)
    {
        using var timeout = new CancellationTokenSource(s_timeout);
        await _socket.SendAsync(Encoding.Latin1.GetBytes(ascii), SocketFlags.None, timeout.Token);
    }

    /// <summary>Reads exactly <paramref name="length"/> more characters' worth of bytes.</summary>
    public async Task<string> ReceiveAsync(int length)
    {
        while (_received.Length < length)
        {
            if (!await ReceiveMoreAsync(s_timeout))
            {
                break;
            }
        }

        return Take(Math.Min(length, _received.Length));
    }

    /// <summary>Reads one final response: its head, and a body of its Content-Length.</summary>
    public async Task<string> ReceiveResponseAsync()
    {
        int headEnd;
        while ((headEnd = _received.ToString().IndexOf("\r\n\r\n", StringComparison.Ordinal)) < 0)
        {
            if (!await ReceiveMoreAsync(s_timeout))
            {
                return Take(_received.Length);
            }
        }

        var head = _received.ToString(0, headEnd);
        const string LengthField = "\r\nContent-Length: ";
        var lengthStart = head.IndexOf(LengthField, StringComparison.OrdinalIgnoreCase) + LengthField.Length;
        var lengthEnd = head.IndexOf("\r\n", lengthStart, StringComparison.Ordinal);
        var bodyLength = int.Parse(lengthEnd < 0 ? head[lengthStart..] : head[lengthStart..lengthEnd], CultureInfo.InvariantCulture);
        return await ReceiveAsync(headEnd + 4 + bodyLength);
    }

    /// <summary>Whether the server closes the connection without sending anything more.</summary>
    public async Task<bool> IsClosedByServerAsync()
    {
        try
        {
            return _received.Length == 0 && !await ReceiveMoreAsync(s_timeout);
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
        {
            return true;
        }
    }

    private string Take(int length)
    {
        var taken = _received.ToString(0, length);
        _received.Remove(0, length);
        return taken;
    }

    /// <returns>False at end of stream.</returns>
    private async Task<bool> ReceiveMoreAsync(TimeSpan wait)
    {
        var buffer = new byte[16 * 1024];
        using var timeout = new CancellationTokenSource(wait);
        var received = await _socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
        _received.Append(Encoding.Latin1.GetString(buffer, 0, received));
        return received > 0;
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}

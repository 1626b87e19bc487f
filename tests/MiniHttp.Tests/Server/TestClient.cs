using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MiniHttp.Tests.Conformance;

namespace MiniHttp.Tests.Server;

/// <summary>A loopback socket that sends exact bytes and reads back exactly what the server sent, every call bounded in time.</summary>
internal sealed class TestClient : IAsyncDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);

    private readonly Socket _socket;
    private readonly StringBuilder _received = new();

    private TestClient(Socket socket) => _socket = socket;

    public static async Task<TestClient> ConnectAsync(IPEndPoint endPoint)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = new CancellationTokenSource(s_timeout);
        await socket.ConnectAsync(endPoint, timeout.Token);
        return new TestClient(socket);
    }

    public IPEndPoint LocalEndPoint => (IPEndPoint)_socket.LocalEndPoint!;

    public Task SendAsync(string raw) => SendAsync(Encoding.Latin1.GetBytes(raw));

    public async Task SendAsync(ReadOnlyMemory<byte> bytes)
    {
        using var timeout = new CancellationTokenSource(s_timeout);
        while (!bytes.IsEmpty)
        {
            var sent = await _socket.SendAsync(bytes, SocketFlags.None, timeout.Token);
            bytes = bytes[sent..];
        }
    }

    /// <summary>Ends the sending side: the server reads end of stream after what was sent.</summary>
    public void ShutdownSend() => _socket.Shutdown(SocketShutdown.Send);

    /// <summary>Closes the connection at once, with a reset, as a client that goes away does.</summary>
    public void Reset()
    {
        _socket.LingerState = new LingerOption(true, 0);
        _socket.Close();
    }

    /// <summary>Reads until <paramref name="count"/> whole responses have arrived (1xx ones count), and returns exactly those bytes.</summary>
    public async Task<string> ReceiveResponsesAsync(int count)
    {
        while (true)
        {
            var length = LengthOfResponses(_received.ToString(), count);
            if (length >= 0)
            {
                var taken = _received.ToString(0, length);
                _received.Remove(0, length);
                return taken;
            }

            if (!await ReceiveMoreAsync())
            {
                throw new InvalidOperationException($"The server closed after sending:\n{_received}");
            }
        }
    }

    /// <summary>Reads until the server closes, and returns everything it sent that was not read yet.</summary>
    public async Task<string> ReceiveToEndAsync()
    {
        try
        {
            while (await ReceiveMoreAsync())
            {
            }
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
        {
        }

        var rest = _received.ToString();
        _received.Clear();
        return rest;
    }

    public static List<WireResponse> Parse(string received) => WireResponse.ParseAll(received);

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The length of the first <paramref name="count"/> responses in <paramref name="received"/>, or -1 if they have not all arrived.</summary>
    private static int LengthOfResponses(string received, int count)
    {
        var position = 0;
        for (var i = 0; i < count; i++)
        {
            var headEnd = received.IndexOf("\r\n\r\n", position, StringComparison.Ordinal);
            if (headEnd < 0)
            {
                return -1;
            }

            var head = received[position..(headEnd + 4)];
            var status = int.Parse(head.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture);
            position = headEnd + 4 + (status < 200 ? 0 : ContentLength(head));
            if (position > received.Length)
            {
                return -1;
            }
        }

        return position;
    }

    private static int ContentLength(string head)
    {
        const string Field = "\r\nContent-Length: ";
        var start = head.IndexOf(Field, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return 0;
        }

        start += Field.Length;
        return int.Parse(head[start..head.IndexOf('\r', start)], System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<bool> ReceiveMoreAsync()
    {
        var buffer = new byte[16 * 1024];
        using var timeout = new CancellationTokenSource(s_timeout);
        var received = await _socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
        _received.Append(Encoding.Latin1.GetString(buffer, 0, received));
        return received > 0;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp.Tests.WebSockets;

/// <summary>A loopback socket that sends exact bytes and reads what the server sent until it closes, bounded in time.</summary>
internal static class RawWebSocketClient
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    /// <summary>The handshake a browser sends, with the key from RFC 6455's example.</summary>
    public static string Handshake(string path = "/ws", string extraHeaders = "") =>
        $"GET {path} HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        + $"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n{extraHeaders}\r\n";

    /// <summary>Sends <paramref name="bytes"/> in one send, ends the sending side, and reads until the server closes.</summary>
    /// <returns>The response head, and the frames the server sent after it.</returns>
    public static async Task<(string Head, List<string> Frames)> ExchangeAsync(IPEndPoint endPoint, byte[] bytes)
    {
        var all = await SendAndReceiveAllAsync(endPoint, bytes);
        // The frames follow the 101's head; without a 101, whatever follows the first response is read as frames.
        var switched = all.AsSpan().IndexOf("HTTP/1.1 101 "u8);
        var headEnd = all.AsSpan(Math.Max(0, switched)).IndexOf("\r\n\r\n"u8);
        Assert.True(headEnd >= 0, "no response head in: " + Encoding.Latin1.GetString(all));
        headEnd += Math.Max(0, switched) + 4;
        var head = Encoding.Latin1.GetString(all, 0, headEnd);
        var bodyStart = switched >= 0 ? headEnd : headEnd + ContentLength(head);
        return (head, ServerFrames.Read(all.AsSpan(bodyStart)));
    }

    /// <summary>Sends <paramref name="bytes"/> in one send, ends the sending side, and returns all the server sent until it closed.</summary>
    public static async Task<byte[]> SendAndReceiveAllAsync(IPEndPoint endPoint, byte[] bytes)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = new CancellationTokenSource(Bound);
        await socket.ConnectAsync(endPoint, timeout.Token);
        await socket.SendAsync(bytes, SocketFlags.None, timeout.Token);
        socket.Shutdown(SocketShutdown.Send);
        using var received = new MemoryStream();
        var buffer = new byte[64 * 1024];
        while (await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token) is var count and > 0)
        {
            received.Write(buffer, 0, count);
        }

        return received.ToArray();
    }

    private static int ContentLength(string head)
    {
        const string Field = "\r\nContent-Length: ";
        var start = head.IndexOf(Field, StringComparison.OrdinalIgnoreCase);
        return start < 0 ? 0 : int.Parse(head[(start + Field.Length)..head.IndexOf('\r', start + Field.Length)], System.Globalization.CultureInfo.InvariantCulture);
    }
}

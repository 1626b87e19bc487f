using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace MiniHttp.Hosting.Tests;

/// <summary>One client connection that writes exact request bytes and reads whole responses framed by Content-Length.</summary>
public sealed class RawClient : IDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;

    public RawClient(IPEndPoint endPoint)
    {
        _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveTimeout = 20_000 };
        _socket.Connect(endPoint);
        _stream = new NetworkStream(_socket, ownsSocket: true);
    }

    public void SendGet(string path) => _stream.Write(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n"));

    /// <summary>Reads one response, head and body, as text.</summary>
    public Task<string> ReadResponseAsync() => Task.Run(() =>
    {
        var head = new StringBuilder();
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            var next = _stream.ReadByte();
            if (next < 0)
            {
                throw new EndOfStreamException($"The connection closed after '{head}'.");
            }

            head.Append((char)next);
        }

        var lengthLine = Array.Find(head.ToString().Split("\r\n"), line => line.StartsWith("Content-Length: ", StringComparison.OrdinalIgnoreCase));
        var body = new byte[lengthLine is null ? 0 : int.Parse(lengthLine["Content-Length: ".Length..], System.Globalization.CultureInfo.InvariantCulture)];
        _stream.ReadExactly(body);
        return head + Encoding.UTF8.GetString(body);
    });

    public void Dispose() => _stream.Dispose();
}

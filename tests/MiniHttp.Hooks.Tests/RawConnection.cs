using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Linq;
using System.Text;

namespace MiniHttp.Hooks.Tests;

/// <summary>One client connection that writes exact request bytes and reads responses framed by Content-Length.</summary>
public sealed class RawConnection : IDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;

    public RawConnection(IPEndPoint endPoint)
    {
        _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveTimeout = 10_000 };
        _socket.Connect(endPoint);
        _stream = new NetworkStream(_socket, ownsSocket: true);
    }

    public void Send(string requests) => _stream.Write(Encoding.ASCII.GetBytes(requests));

    /// <summary>Sends one GET with the given extra header lines (each ending in CRLF) and reads its response.</summary>
    public Response Get(string path, string headers = "")
    {
        Send($"GET {path} HTTP/1.1\r\nHost: localhost\r\n{headers}\r\n");
        return Read(isHead: false);
    }

    /// <summary>Reads one response: its head, then as many body bytes as its Content-Length says (none for HEAD).</summary>
    public Response Read(bool isHead = false)
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

        var response = new Response(head.ToString(), string.Empty);
        var body = new byte[isHead ? 0 : int.Parse(response.Header("Content-Length") ?? "0", CultureInfo.InvariantCulture)];
        _stream.ReadExactly(body);
        return response with { Body = Encoding.UTF8.GetString(body) };
    }

    /// <summary>Reads everything the server sends until it closes the connection, as text: every byte, however framed.</summary>
    public string ReadToEnd()
    {
        using var received = new MemoryStream();
        _stream.CopyTo(received);
        return Encoding.UTF8.GetString(received.ToArray());
    }

    public void Dispose() => _stream.Dispose();
}

/// <summary>A response as received: the head's text, CRLFs included, and the body.</summary>
public sealed record Response(string Head, string Body)
{
    public int Status => int.Parse(Head.AsSpan(9, 3), CultureInfo.InvariantCulture);

    /// <summary>The value of the one header named <paramref name="name"/>, or null.</summary>
    public string? Header(string name)
    {
        foreach (var line in Head.Split("\r\n"))
        {
            if (line.StartsWith(name + ": ", StringComparison.OrdinalIgnoreCase))
            {
                return line[(name.Length + 2)..];
            }
        }

        return null;
    }

    /// <summary>How many header lines are named <paramref name="name"/>.</summary>
    public int Count(string name) => Head.Split("\r\n").Count(line => line.StartsWith(name + ": ", StringComparison.OrdinalIgnoreCase));
}

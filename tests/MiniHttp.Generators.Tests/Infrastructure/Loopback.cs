using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using MiniHttp.Generated;

namespace MiniHttp.Generators.Tests.Infrastructure;

/// <summary>
/// Sends a request to this project's generated router on a real server over a loopback socket, and returns the
/// response as <see cref="ResponseCapture"/> masks it. <see cref="Wire"/> and the exchange helpers answer every request
/// both in memory and here, and require the two to agree, so each dispatch test also holds over the wire, with the
/// parser, framing and connection loop in front of the generated code.
/// </summary>
internal static class Loopback
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    // One server for the whole test run, over its own routes instances so no test's state is touched.
    private static readonly Lazy<HttpServer<Router>> Server = new(static () =>
    {
        var server = new HttpServer<Router>(
            new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) },
            new Router(new Dispatch.CounterRoutes(), new Dispatch.StoreRoutes()));
        server.Start();
        return server;
    });

    /// <summary>
    /// Whether the request line would pass the parser, so the request reaches dispatch over the wire too: visible ASCII
    /// only, and <c>*</c> only for OPTIONS (anything else the parser refuses before routing sees it).
    /// </summary>
    public static bool CanSend(string methodToken, string target) =>
        target.All(static c => c is > ' ' and < '\x7f')
        && methodToken.All(static c => c is > ' ' and < '\x7f')
        && (target != "*" || methodToken == "OPTIONS");

    /// <param name="headers">Header lines, each ending in CRLF; Host is added unless one of them is a Host.</param>
    public static string Exchange(string methodToken, string target, string headers, byte[] body)
    {
        var head = new StringBuilder($"{methodToken} {target} HTTP/1.1\r\n");
        if (!headers.Contains("host:", StringComparison.OrdinalIgnoreCase))
        {
            head.Append("Host: localhost\r\n");
        }

        head.Append(headers);
        if (body.Length > 0)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n");
        }

        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        socket.ReceiveTimeout = (int)Timeout.TotalMilliseconds;
        socket.SendTimeout = (int)Timeout.TotalMilliseconds;
        socket.Connect(Server.Value.LocalEndPoint);
        socket.Send([.. Encoding.Latin1.GetBytes(head.Append("\r\n").ToString()), .. body]);
        using var stream = new NetworkStream(socket);
        return ResponseCapture.Mask(ReadResponse(stream, isHead: methodToken == "HEAD"));
    }

    /// <summary>Reads one response: its head, then a body framed as the head says (none for HEAD, 204 and 304).</summary>
    private static string ReadResponse(Stream stream, bool isHead)
    {
        var head = ReadUntil(stream, "\r\n\r\n"u8);
        var text = Encoding.Latin1.GetString(head);
        var status = int.Parse(text.AsSpan(9, 3), CultureInfo.InvariantCulture);
        if (isHead || status is 204 or 304)
        {
            return Encoding.UTF8.GetString(head);
        }

        if (Header(text, "Transfer-Encoding") == "chunked")
        {
            return Encoding.UTF8.GetString([.. head, .. ReadUntil(stream, "\r\n0\r\n\r\n"u8, orExactly: "0\r\n\r\n"u8)]);
        }

        var body = new byte[int.Parse(Header(text, "Content-Length") ?? "0", CultureInfo.InvariantCulture)];
        stream.ReadExactly(body);
        return Encoding.UTF8.GetString([.. head, .. body]);
    }

    /// <summary>The bytes up to and including <paramref name="end"/>, or exactly <paramref name="orExactly"/> when that is all.</summary>
    private static byte[] ReadUntil(Stream stream, ReadOnlySpan<byte> end, ReadOnlySpan<byte> orExactly = default)
    {
        var read = new MemoryStream();
        while (!read.GetBuffer().AsSpan(0, (int)read.Length).EndsWith(end)
            && !(orExactly.Length > 0 && read.GetBuffer().AsSpan(0, (int)read.Length).SequenceEqual(orExactly)))
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                throw new EndOfStreamException("The server closed the connection before the response was complete: " + Encoding.Latin1.GetString(read.ToArray()));
            }

            read.WriteByte((byte)b);
        }

        return read.ToArray();
    }

    private static string? Header(string head, string name) => head.Split("\r\n")
        .Where(line => line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
        .Select(static line => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
        .FirstOrDefault();
}

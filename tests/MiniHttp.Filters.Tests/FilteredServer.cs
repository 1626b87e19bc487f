using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using MiniHttp.Generated;

namespace MiniHttp.Filters.Tests;

/// <summary>A server on a loopback port the OS picks, over this assembly's router: its groups, filters, CORS and hooks.</summary>
public sealed partial class FilteredServer : IDisposable
{
    public const string Key = "k3y";

    private readonly HttpServer<Router> _server;

    public FilteredServer()
    {
        _server = new HttpServer<Router>(new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) }, NewRouter());
        _server.Start();
    }

    internal static Router NewRouter() => new(
        apiKeyFilter: new ApiKeyFilter(Key),
        groupTraceFilter: new GroupTraceFilter(),
        methodTraceFilter: new MethodTraceFilter(),
        nestedTraceFilter: new NestedTraceFilter(),
        tenantFilter: new TenantFilter(),
        traceHooks: new TraceHooks());

    /// <summary>
    /// Sends one request (its head lines after the request line, each ending in CRLF, and a body) on a new connection
    /// and returns the response's exact bytes as text, the Date value masked as <c>(date)</c>.
    /// </summary>
    public string Exchange(string method, string target, string headers = "", string body = "")
    {
        var request = $"{method} {target} HTTP/1.1\r\nHost: localhost\r\n{headers}"
            + (body.Length > 0 ? $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n" : string.Empty)
            + $"\r\n{body}";
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveTimeout = 10_000, SendTimeout = 10_000 };
        socket.Connect(_server.LocalEndPoint);
        using var stream = new NetworkStream(socket, ownsSocket: false);
        stream.Write(Encoding.UTF8.GetBytes(request));
        return DateValue().Replace(ReadResponse(stream, isHead: method == "HEAD"), "Date: (date)");
    }

    public void Dispose() => _server.StopAsync().GetAwaiter().GetResult();

    /// <summary>Reads one response: its head, then as many body bytes as its Content-Length says (none for HEAD or 204).</summary>
    private static string ReadResponse(Stream stream, bool isHead)
    {
        var head = new StringBuilder();
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            var next = stream.ReadByte();
            if (next < 0)
            {
                throw new EndOfStreamException($"The connection closed after '{head}'.");
            }

            head.Append((char)next);
        }

        var text = head.ToString();
        var lengthLine = ContentLength().Match(text);
        var body = new byte[isHead || !lengthLine.Success ? 0 : int.Parse(lengthLine.Groups[1].Value, CultureInfo.InvariantCulture)];
        stream.ReadExactly(body);
        return text + Encoding.UTF8.GetString(body);
    }

    [GeneratedRegex("Date: [^\r]+")]
    private static partial Regex DateValue();

    [GeneratedRegex("Content-Length: ([0-9]+)\r\n")]
    private static partial Regex ContentLength();
}

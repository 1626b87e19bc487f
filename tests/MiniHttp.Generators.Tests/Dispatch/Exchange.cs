using System;
using System.Text;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>
/// Sends one request with header fields through the generated <see cref="Router"/>, in memory and over a real
/// connection, and returns the exact response bytes as text, like <see cref="Wire"/>; and the responses the binding
/// tests expect besides its own.
/// </summary>
internal static class Exchange
{
    /// <param name="headers">Header lines as the parser validated them, each ending in CRLF: <c>"X-Count: 3\r\n"</c>.</param>
    public static string Dispatch(RequestMethod method, string target, string headers, string body = "")
    {
        var queryStart = target.IndexOf('?', StringComparison.Ordinal);
        var request = new HttpRequest(
            method,
            Encoding.ASCII.GetBytes(method.ToString().ToUpperInvariant()),
            Encoding.UTF8.GetBytes(queryStart < 0 ? target : target[..queryStart]),
            queryStart < 0 ? [] : Encoding.UTF8.GetBytes(target[(queryStart + 1)..]),
            ProtocolVersion.Http11,
            Encoding.Latin1.GetBytes(headers),
            Encoding.UTF8.GetBytes(body),
            keepAlive: true);

        var (pipe, response) = ResponseCapture.Begin();
        Wire.Router.Dispatch(in request, response);
        var inMemory = ResponseCapture.End(pipe);

        var methodToken = method.ToString().ToUpperInvariant();
        if (Loopback.CanSend(methodToken, target))
        {
            var overTheWire = Loopback.Exchange(methodToken, target, headers, Encoding.UTF8.GetBytes(body));
            Assert.True(overTheWire == inMemory, $"Over a real connection the answer differs.\nIn memory:\n{inMemory}\nOver the wire:\n{overTheWire}");
        }

        return inMemory;
    }

    public static string Json(string body) =>
        "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Type: application/json; charset=utf-8\r\n"
        + $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";

    /// <summary>The answer to a handler that returns nothing: no Content-Type, no Content-Length, no body.</summary>
    public static string NoContent => "HTTP/1.1 204 No Content\r\nServer: MiniHttp\r\n" + Wire.Date + "\r\n";
}

using System;
using System.Linq;
using System.Text;
using MiniHttp.Generated;
using MiniHttp.Generators.Tests.Dispatch;

namespace MiniHttp.Generators.Tests.Infrastructure;

/// <summary>
/// Sends one request through the generated <see cref="Generated.Router"/> of this test project and returns the exact
/// response bytes as text, with the varying <c>Date</c> value masked as <see cref="Date"/>.
/// </summary>
internal static class Wire
{
    public const string Date = ResponseCapture.Date;

    private const string Head = "Server: MiniHttp\r\n" + Date + "Content-Type: text/plain; charset=utf-8\r\n";

    /// <summary>
    /// The router the tests share, over routes instances of their own; a test that observes a routes instance's state
    /// constructs its own router.
    /// </summary>
    public static readonly Router Router = new(new CounterRoutes(), new StoreRoutes());

    public static string Dispatch(RequestMethod method, string target, string body = "") =>
        Dispatch(method, target, Encoding.UTF8.GetBytes(body));

    public static string Dispatch(RequestMethod method, string target, byte[] body) =>
        AlsoOverLoopback(method.ToString().ToUpperInvariant(), target, body);

    /// <summary>Sends a request through <paramref name="router"/>, whose routes instances the test holds.</summary>
    public static string Dispatch(Router router, RequestMethod method, string target, string body = "") =>
        Dispatch(router, method, Encoding.ASCII.GetBytes(method.ToString().ToUpperInvariant()), target, Encoding.UTF8.GetBytes(body));

    /// <summary>Sends a request with the method token as written, for methods routing knows only as <see cref="RequestMethod.Other"/>.</summary>
    public static string Dispatch(string methodToken, string target, string body = "")
    {
        // The parser's mapping: a known method only for its exact, case-sensitive token.
        var method = methodToken.All(char.IsAsciiLetterUpper) && Enum.TryParse<RequestMethod>(methodToken, ignoreCase: true, out var known)
            ? known
            : RequestMethod.Other;
        return AlsoOverLoopback(methodToken, target, Encoding.UTF8.GetBytes(body), method);
    }

    /// <summary>
    /// Answers the request through the shared router in memory and, when a client could send it, over a real connection
    /// too; the two must agree byte for byte.
    /// </summary>
    private static string AlsoOverLoopback(string methodToken, string target, byte[] body, RequestMethod? method = null)
    {
        var known = method ?? Enum.Parse<RequestMethod>(methodToken, ignoreCase: true);
        var inMemory = Dispatch(Router, known, Encoding.ASCII.GetBytes(methodToken), target, body);
        if (Loopback.CanSend(methodToken, target))
        {
            var overTheWire = Loopback.Exchange(methodToken, target, headers: string.Empty, body);
            if (overTheWire != inMemory)
            {
                throw new Xunit.Sdk.XunitException($"Over a real connection the answer differs.\nIn memory:\n{inMemory}\nOver the wire:\n{overTheWire}");
            }
        }

        return inMemory;
    }

    private static string Dispatch(Router router, RequestMethod method, byte[] methodToken, string target, byte[] body)
    {
        var queryStart = target.IndexOf('?', StringComparison.Ordinal);
        var path = Encoding.UTF8.GetBytes(queryStart < 0 ? target : target[..queryStart]);
        var query = queryStart < 0 ? [] : Encoding.UTF8.GetBytes(target[(queryStart + 1)..]);
        var request = new HttpRequest(
            method,
            methodToken,
            path,
            query,
            ProtocolVersion.Http11,
            headers: [],
            body,
            keepAlive: true);

        var (pipe, response) = ResponseCapture.Begin();
        router.Dispatch(in request, response);
        if (response.IsDeferred)
        {
            // What the connection does for an async handler that has not finished: wait for its response.
            response.TakeDeferred().AsTask().GetAwaiter().GetResult();
        }

        return ResponseCapture.End(pipe);
    }

    public static string Ok(string body) => Response("200 OK", body);

    public static string BadRequest(string reason) => Response("400 Bad Request", reason);

    public static string NotFound => Response("404 Not Found", "Not Found");

    public static string MethodNotAllowed(string allow) =>
        "HTTP/1.1 405 Method Not Allowed\r\nServer: MiniHttp\r\n" + Date + $"Allow: {allow}\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 18\r\n\r\nMethod Not Allowed";

    /// <summary>The answer to <c>OPTIONS</c>: no Content-Type, no Content-Length, no body.</summary>
    public static string NoContent(string allow) =>
        "HTTP/1.1 204 No Content\r\nServer: MiniHttp\r\n" + Date + $"Allow: {allow}\r\n\r\n";

    /// <summary>What a HEAD request gets for <paramref name="response"/>: all of it up to the blank line that ends the head.</summary>
    public static string HeadOf(string response) =>
        response[..(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)];

    public static string Response(string status, string body) =>
        $"HTTP/1.1 {status}\r\n{Head}Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";
}

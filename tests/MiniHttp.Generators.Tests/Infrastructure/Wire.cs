using System;
using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.RegularExpressions;
using MiniHttp.Generated;

namespace MiniHttp.Generators.Tests.Infrastructure;

/// <summary>
/// Sends one request through the generated <see cref="Router"/> of this test project and returns the exact response
/// bytes as text, with the varying <c>Date</c> value masked as <see cref="Date"/>.
/// </summary>
internal static partial class Wire
{
    public const string Date = "Date: <date>\r\n";

    private const string Head = "Server: MiniHttp\r\n" + Date + "Content-Type: text/plain; charset=utf-8\r\n";

    public static string Dispatch(RequestMethod method, string target, string body = "") =>
        Dispatch(method, target, Encoding.UTF8.GetBytes(body));

    public static string Dispatch(RequestMethod method, string target, byte[] body)
    {
        var queryStart = target.IndexOf('?', StringComparison.Ordinal);
        var path = Encoding.UTF8.GetBytes(queryStart < 0 ? target : target[..queryStart]);
        var query = queryStart < 0 ? [] : Encoding.UTF8.GetBytes(target[(queryStart + 1)..]);
        var request = new HttpRequest(
            method,
            Encoding.ASCII.GetBytes(method.ToString().ToUpperInvariant()),
            path,
            query,
            ProtocolVersion.Http11,
            headers: [],
            body,
            keepAlive: true);

        var pipe = new Pipe();
        var response = new HttpResponse(pipe.Writer);
        response.Reset(ProtocolVersion.Http11, keepAlive: true);
        Router.Dispatch(in request, response);
        pipe.Writer.FlushAsync().AsTask().GetAwaiter().GetResult();
        pipe.Writer.Complete();

        pipe.Reader.TryRead(out var result);
        return DateLine().Replace(Encoding.UTF8.GetString(result.Buffer.ToArray()), Date);
    }

    public static string Ok(string body) => Response("200 OK", body);

    public static string BadRequest(string reason) => Response("400 Bad Request", reason);

    public static string NotFound => Response("404 Not Found", "Not Found");

    public static string MethodNotAllowed(string allow) =>
        "HTTP/1.1 405 Method Not Allowed\r\nServer: MiniHttp\r\n" + Date + $"Allow: {allow}\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 18\r\n\r\nMethod Not Allowed";

    private static string Response(string status, string body) =>
        $"HTTP/1.1 {status}\r\n{Head}Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";

    [GeneratedRegex(@"Date: [^\r]*\r\n")]
    private static partial Regex DateLine();
}

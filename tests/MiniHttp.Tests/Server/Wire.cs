using System.Text.RegularExpressions;

namespace MiniHttp.Tests.Server;

/// <summary>Expected response bytes, with the one header that changes every second masked out.</summary>
internal static partial class Wire
{
    public static string MaskDate(string received) => DateLine().Replace(received, "Date: *\r\n");

    /// <summary>A <c>200 OK</c> plain-text response to a keep-alive HTTP/1.1 request, as the server writes it.</summary>
    public static string Ok(string body) =>
        $"HTTP/1.1 200 OK\r\nServer: MiniHttp\r\nDate: *\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n{body}";

    public const string InternalServerError =
        "HTTP/1.1 500 Internal Server Error\r\nServer: MiniHttp\r\nDate: *\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 21\r\n\r\nInternal Server Error";

    [GeneratedRegex("Date: [^\r]*\r\n")]
    private static partial Regex DateLine();
}

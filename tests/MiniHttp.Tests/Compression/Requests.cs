using System.Text;

namespace MiniHttp.Tests.Compression;

/// <summary>Requests as the parser hands them to dispatch, with the header lines a test gives.</summary>
internal static class Requests
{
    /// <param name="headers">Header lines as the parser validated them, each ending in CRLF.</param>
    public static HttpRequest Get(string headers) => new(
        RequestMethod.Get, "GET"u8, "/"u8, [], ProtocolVersion.Http11, Encoding.Latin1.GetBytes(headers), [], keepAlive: true);
}

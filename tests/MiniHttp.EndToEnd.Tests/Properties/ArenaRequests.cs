using System;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;

namespace MiniHttp.EndToEnd.Tests.Properties;

/// <summary>Generators of well-framed requests to the Arena routes, each answered with a Content-Length or chunked response.</summary>
internal static class ArenaRequests
{
    private static readonly Gen<string> Query = Gen.Select(Gen.Int[-1000, 1000], Gen.Int[-1000, 1000], static (a, b) => Invariant($"a={a}&b={b}"));

    private static readonly Gen<byte[]> BaselineGet = Query.Select(static query => Ascii($"GET /baseline11?{query} HTTP/1.1\r\nHost: localhost\r\n\r\n"));

    private static readonly Gen<byte[]> BaselinePost = Gen.Select(Query, Gen.Int[-1000, 1000], static (query, body) =>
    {
        var text = body.ToString(CultureInfo.InvariantCulture);
        return Ascii($"POST /baseline11?{query} HTTP/1.1\r\nHost: localhost\r\nContent-Length: {text.Length}\r\n\r\n{text}");
    });

    private static readonly Gen<byte[]> BaselineChunked = Gen.Select(Query, Gen.Int[-1000, 1000], Gen.Int[1, 4], Gen.Bool, Gen.Bool, static (query, body, chunkSize, extension, trailer) =>
        Chunked($"POST /baseline11?{query}", Encoding.ASCII.GetBytes(body.ToString(CultureInfo.InvariantCulture)), chunkSize, extension, trailer));

    private static readonly Gen<byte[]> EchoContentLength = Gen.Byte.Array[0, 3000].Select(static byte[] (body) =>
        [.. Ascii(Invariant($"POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: {body.Length}\r\n\r\n")), .. body]);

    private static readonly Gen<byte[]> EchoChunked = Gen.Select(Gen.Byte.Array[0, 3000], Gen.Int[1, 700], Gen.Bool, Gen.Bool, static (body, chunkSize, extension, trailer) =>
        Chunked("POST /echo", body, chunkSize, extension, trailer));

    /// <summary>A method no Arena route has, with a body the server must read past to keep the connection: a 405.</summary>
    private static readonly Gen<byte[]> OtherMethod = Gen.Select(
        Gen.OneOf(Gen.Const("PUT"), Gen.Const("PATCH"), Gen.Const("PURGE"), Gen.Const("DELETE")),
        Gen.Byte.Array[0, 200],
        static byte[] (method, body) => [.. Ascii(Invariant($"{method} /baseline11 HTTP/1.1\r\nHost: localhost\r\nContent-Length: {body.Length}\r\n\r\n")), .. body]);

    /// <summary>One request of any kind the Arena answers: every route, every framing, and the 400, 404 and 405 answers.</summary>
    public static readonly Gen<byte[]> Any = Gen.OneOf(
        BaselineGet,
        BaselinePost,
        BaselineChunked,
        EchoContentLength,
        EchoChunked,
        Gen.Const(Ascii("GET /delay/0 HTTP/1.1\r\nHost: localhost\r\n\r\n")),
        Gen.Const(Ascii("GET /pipeline HTTP/1.1\r\nHost: localhost\r\n\r\n")),
        Gen.Const(Ascii("GET /pipeline HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")),
        Gen.Const(Ascii("GET /missing HTTP/1.1\r\nHost: localhost\r\n\r\n")),
        Gen.Const(Ascii("GET /baseline11?a=x&b=1 HTTP/1.1\r\nHost: localhost\r\n\r\n")),
        OtherMethod);

    /// <summary>Requests written back to back, as a pipelining client sends them.</summary>
    public static readonly Gen<byte[][]> Batch = Any.Array[1, 6];

    private static byte[] Chunked(string requestLine, byte[] body, int chunkSize, bool extension, bool trailer)
    {
        var framed = new StringBuilder(requestLine).Append(" HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n");
        var bytes = Encoding.Latin1.GetBytes(framed.ToString()).ToList();
        for (var start = 0; start < body.Length; start += chunkSize)
        {
            var chunk = body.AsSpan(start, Math.Min(chunkSize, body.Length - start));
            bytes.AddRange(Ascii(Invariant($"{chunk.Length:x}{(extension ? ";name=\"v a\"" : string.Empty)}\r\n")));
            bytes.AddRange(chunk.ToArray());
            bytes.AddRange("\r\n"u8.ToArray());
        }

        bytes.AddRange(Ascii(trailer ? "0\r\nX-Trailer: t\r\n\r\n" : "0\r\n\r\n"));
        return [.. bytes];
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System;

namespace MiniHttp.Parsing;

/// <summary>
/// A parsed, validated request head as offsets from the start of the request, so it holds no reference to the
/// buffer it was parsed from and stays right wherever the head's bytes are later found (receive buffer or copy).
/// </summary>
/// <param name="Line">The request line.</param>
/// <param name="Length">The length of the head: request line, header section and the empty line.</param>
/// <param name="Framing">How the body's end is found.</param>
/// <param name="ContentLength">The body's length when <paramref name="Framing"/> is <see cref="BodyFraming.ContentLength"/>.</param>
/// <param name="KeepAlive">Whether the connection persists after this request.</param>
/// <param name="ExpectsContinue">Whether the client waits for <c>100 Continue</c> before sending the body; never for HTTP/1.0.</param>
internal readonly record struct RequestHead(RequestLine Line, int Length, BodyFraming Framing, long ContentLength, bool KeepAlive, bool ExpectsContinue)
{
    /// <summary>Builds the request from the head's bytes (the first <see cref="Length"/> bytes of the request) and its body.</summary>
    public HttpRequest ToRequest(ReadOnlySpan<byte> head, ReadOnlySpan<byte> body, ConnectionContext? connection)
    {
        var target = head.Slice(Line.TargetStart, Line.TargetLength);
        var parts = Line.Target;
        var pathEnd = parts.PathStart + parts.PathLength;
        var query = pathEnd < Line.TargetLength ? target[(pathEnd + 1)..] : default;
        return new HttpRequest(
            Line.Method,
            head[..Line.MethodLength],
            // An absolute-form target may leave the path out; it then means "/" (RFC 9110, section 4.2.3).
            parts.PathLength == 0 ? "/"u8 : target.Slice(parts.PathStart, parts.PathLength),
            query,
            Line.Version,
            // The header section without the empty line that ends it.
            head[Line.Length..(Length - 2)],
            body,
            KeepAlive,
            connection);
    }
}

using System;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;

namespace MiniHttp;

/// <summary>
/// Writes the response to the request being dispatched straight into the connection's output pipe.
/// Each write method writes one whole response (status line, headers and body) in one piece; the
/// connection flushes once after answering every complete request it has received.
/// </summary>
/// <remarks>One instance per connection, reused for every request on it.</remarks>
public sealed class HttpResponse
{
    // "Content-Length: " + the longest int + CRLF, and the longest Connection line, with room to spare.
    private const int MaxFixedHeadersLength = 128;

    private readonly PipeWriter _output;
    private ProtocolVersion _requestVersion;

    internal HttpResponse(PipeWriter output) => _output = output;

    /// <summary>Whether the connection stays open after this response; decided by the request, cleared by a rejection.</summary>
    internal bool KeepAlive { get; private set; }

    /// <summary>How many responses were written since the last <see cref="Reset"/>: exactly one for a well-behaved dispatch.</summary>
    internal int ResponsesWritten { get; private set; }

    internal void Reset(ProtocolVersion requestVersion, bool keepAlive)
    {
        _requestVersion = requestVersion;
        KeepAlive = keepAlive;
        ResponsesWritten = 0;
    }

    /// <summary>Answers <c>200 OK</c> with a <c>text/plain</c> body of UTF-8 bytes.</summary>
    public void WritePlainText(ReadOnlySpan<byte> utf8) => Write(StatusLines.Ok, TextPlain, utf8);

    /// <summary>Answers <c>200 OK</c> with a <c>text/plain</c> body holding <paramref name="value"/>'s invariant form.</summary>
    public void WritePlainText(int value)
    {
        Span<byte> digits = stackalloc byte[11];
        value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        WritePlainText(digits[..length]);
    }

    /// <summary>Answers <c>200 OK</c> with a <c>text/plain</c> body holding <paramref name="value"/>'s invariant form.</summary>
    public void WritePlainText(long value)
    {
        Span<byte> digits = stackalloc byte[20];
        value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        WritePlainText(digits[..length]);
    }

    /// <summary>Answers <c>200 OK</c> with a <c>text/plain</c> body holding <paramref name="value"/> in UTF-8.</summary>
    public void WritePlainText(string value)
    {
        var bodyLength = Encoding.UTF8.GetByteCount(value);
        var span = BeginResponse(StatusLines.Ok, TextPlain, bodyLength, out var headLength);
        Encoding.UTF8.GetBytes(value, span[headLength..]);
        EndResponse(headLength + bodyLength);
    }

    /// <summary>
    /// Answers <c>400 Bad Request</c> for a well-framed request whose arguments are wrong. The connection
    /// stays open: the request's framing was fine, so the next request on it can still be read.
    /// </summary>
    /// <param name="reason">One line of plain text that says what was wrong, for example which parameter.</param>
    public void WriteBadRequest(ReadOnlySpan<byte> reason) => Write(StatusLines.BadRequest, TextPlain, reason);

    /// <summary>Answers <c>404 Not Found</c>: no route has the request's path.</summary>
    public void WriteNotFound() => Write(StatusLines.NotFound, TextPlain, "Not Found"u8);

    /// <summary>Answers <c>405 Method Not Allowed</c>: the path is known, the method is not.</summary>
    /// <param name="allow">The <c>Allow</c> header value: the path's methods, for example <c>GET, POST</c>.</param>
    public void WriteMethodNotAllowed(ReadOnlySpan<byte> allow)
    {
        Span<byte> allowLine = stackalloc byte["Allow: "u8.Length + allow.Length + 2];
        "Allow: "u8.CopyTo(allowLine);
        allow.CopyTo(allowLine["Allow: "u8.Length..]);
        "\r\n"u8.CopyTo(allowLine[^2..]);
        Write(StatusLines.MethodNotAllowed, allowLine, TextPlain, "Method Not Allowed"u8);
    }

    /// <summary>Answers <c>500 Internal Server Error</c> for a handler that failed; no detail reaches the wire.</summary>
    internal void WriteInternalServerError() => Write(StatusLines.InternalServerError, TextPlain, "Internal Server Error"u8);

    /// <summary>Answers a request whose framing is broken, then closes: nothing after it on the connection can be trusted.</summary>
    internal void WriteRejection(int statusCode, ReadOnlySpan<byte> reason)
    {
        KeepAlive = false;
        Write(StatusLines.For(statusCode), TextPlain, reason);
    }

    private static ReadOnlySpan<byte> TextPlain => "Content-Type: text/plain; charset=utf-8\r\n"u8;

    private void Write(ReadOnlySpan<byte> statusLine, ReadOnlySpan<byte> contentTypeLine, ReadOnlySpan<byte> body) =>
        Write(statusLine, [], contentTypeLine, body);

    private void Write(ReadOnlySpan<byte> statusLine, ReadOnlySpan<byte> extraHeaders, ReadOnlySpan<byte> contentTypeLine, ReadOnlySpan<byte> body)
    {
        var span = BeginResponse(statusLine, extraHeaders, contentTypeLine, body.Length, out var headLength);
        body.CopyTo(span[headLength..]);
        EndResponse(headLength + body.Length);
    }

    private Span<byte> BeginResponse(ReadOnlySpan<byte> statusLine, ReadOnlySpan<byte> contentTypeLine, int bodyLength, out int headLength) =>
        BeginResponse(statusLine, [], contentTypeLine, bodyLength, out headLength);

    /// <summary>Reserves room for the whole response and writes its head; the caller writes the body after it.</summary>
    private Span<byte> BeginResponse(
        ReadOnlySpan<byte> statusLine,
        ReadOnlySpan<byte> extraHeaders,
        ReadOnlySpan<byte> contentTypeLine,
        int bodyLength,
        out int headLength)
    {
        var span = _output.GetSpan(statusLine.Length + ServerLine.Length + DateHeader.Length + extraHeaders.Length
            + contentTypeLine.Length + MaxFixedHeadersLength + bodyLength);

        var written = Append(span, 0, statusLine);
        written = Append(span, written, ServerLine);
        written = Append(span, written, DateHeader.Line);
        written = Append(span, written, extraHeaders);
        written = Append(span, written, contentTypeLine);
        written = Append(span, written, "Content-Length: "u8);
        bodyLength.TryFormat(span[written..], out var digits, default, CultureInfo.InvariantCulture);
        written = Append(span, written + digits, "\r\n"u8);
        written = Append(span, written, ConnectionLine);
        headLength = Append(span, written, "\r\n"u8);
        return span;
    }

    private void EndResponse(int length)
    {
        _output.Advance(length);
        ResponsesWritten++;
    }

    private static ReadOnlySpan<byte> ServerLine => "Server: MiniHttp\r\n"u8;

    /// <summary>
    /// HTTP/1.1 keeps a connection open unless told otherwise, HTTP/1.0 closes it unless told otherwise
    /// (RFC 9112, section 9.3), so only the exception to each version's default is spelled out.
    /// </summary>
    private ReadOnlySpan<byte> ConnectionLine => (KeepAlive, _requestVersion) switch
    {
        (false, _) => "Connection: close\r\n"u8,
        (true, ProtocolVersion.Http10) => "Connection: keep-alive\r\n"u8,
        _ => [],
    };

    private static int Append(Span<byte> destination, int offset, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(destination[offset..]);
        return offset + bytes.Length;
    }
}

using System;
using System.ComponentModel;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;

namespace MiniHttp;

/// <summary>
/// Writes the response to the request being dispatched straight into the connection's output pipe.
/// Each write method writes one whole response (status line, headers and body) in one piece; the
/// connection flushes once after answering every complete request it has received.
/// </summary>
/// <remarks>
/// <para>One instance per connection, reused for every request on it.</para>
/// <para>
/// A response is committed whole or not at all. Every synchronous write method checks and prepares everything that
/// can fail (a result's headers when the result is made, a JSON body serialized into a side buffer) before it
/// reserves output space, writes the response into that space, and makes it part of the output with one
/// <see cref="PipeWriter.Advance"/> as its last step. Bytes written into reserved space but never advanced are not
/// output: the next reservation hands out the same space again. So a handler or write method that throws leaves
/// nothing, <see cref="IsCommitted"/> stays false, and the connection's <c>500</c> is the only response to the
/// request; there is nothing to discard. The one exception is a streamed body, which is sent as it is produced:
/// see <see cref="BodyTruncated"/>.
/// </para>
/// <para>
/// A request has one response. Once it is written (or, for a streamed one, started), every further write, a header
/// added, and any write from the request hooks' <c>OnResponse</c> throw <see cref="InvalidOperationException"/> and
/// put nothing on the wire: behind a proxy that pools connections, a second response would be read as the answer to
/// another client's request. The check is one field compare per write. It sees writes one after another, not two
/// threads writing at once, and not code that keeps the response past its request: the connection reuses this
/// instance for its next request.
/// </para>
/// <para>
/// Generated code answers requests through the members marked <see cref="EditorBrowsableState.Never"/>; a request hook
/// answers with <see cref="WriteResult"/>, adds headers with <see cref="AddHeader"/> and reads
/// <see cref="StatusCode"/> and <see cref="Route"/>.
/// </para>
/// </remarks>
public sealed partial class HttpResponse
{
    // "Content-Length: " + the longest int + CRLF, and the longest Connection line, with room to spare.
    private const int MaxFixedHeadersLength = 128;

    private readonly PipeWriter _output;
    private ProtocolVersion _requestVersion;

    internal HttpResponse(PipeWriter output) => _output = output;

    /// <summary>Whether the connection stays open after this response; decided by the request, cleared by a rejection.</summary>
    internal bool KeepAlive { get; private set; }

    private ResponseState _state;

    /// <summary>Whether the request being answered has its response in the output: whole, or a streamed one started and ended or cut short.</summary>
    internal bool IsCommitted => _state == ResponseState.Committed;

    /// <summary>
    /// Whether a streamed body's producer failed after part of the response was committed. That response counts as
    /// written, so no <c>500</c> follows it, and <see cref="KeepAlive"/> is false: the connection must close without
    /// writing anything more, so that the client sees the message end early instead of a forged ending.
    /// </summary>
    internal bool BodyTruncated { get; private set; }

    /// <summary>
    /// Makes the response being prepared the connection's last (<c>Connection: close</c>), for a server that starts
    /// shutting down while a response is still to be written, a deferred one included. A response already written keeps
    /// its head; the connection closes after it either way.
    /// </summary>
    internal void CloseConnectionAfter() => KeepAlive = false;

    internal void Reset(ProtocolVersion requestVersion, bool keepAlive)
    {
        _requestVersion = requestVersion;
        KeepAlive = keepAlive;
        _requestNumber++;
        _state = ResponseState.Open;
        BodyTruncated = false;
        StatusCode = 0;
        _route = null;
        _addedHeadersLength = 0;
        ResetCompression();
    }

    /// <summary>Answers <c>200 OK</c> with a <c>text/plain</c> body of UTF-8 bytes.</summary>
    /// <param name="omitBody">
    /// True to answer a <c>HEAD</c> request: the same status and headers, Content-Length included, but no body
    /// (RFC 9110, section 9.3.2). Every write method takes it, so a <c>GET</c> handler answers <c>HEAD</c> unchanged.
    /// </param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WritePlainText(ReadOnlySpan<byte> utf8, bool omitBody = false) => Write(StatusLines.Ok, [], TextPlain, utf8, omitBody);

    /// <summary>
    /// Answers <c>200 OK</c> with a <c>text/plain</c> body holding <paramref name="value"/>'s invariant form, for every
    /// number and <see cref="Guid"/> result a handler may return.
    /// </summary>
    /// <param name="omitBody">True to answer a <c>HEAD</c> request, as for <see cref="WritePlainText(ReadOnlySpan{byte}, bool)"/>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WritePlainText<T>(T value, bool omitBody = false)
        where T : IUtf8SpanFormattable
    {
        // Wide enough for any decimal, double or Guid in its default invariant form.
        Span<byte> text = stackalloc byte[64];
        if (!value.TryFormat(text, out var length, default, CultureInfo.InvariantCulture))
        {
            throw new ArgumentException($"{typeof(T).Name} formats to more than {text.Length} bytes.", nameof(value));
        }

        WritePlainText(text[..length], omitBody);
    }

    /// <summary>Answers <c>200 OK</c> with a <c>text/plain</c> body holding <paramref name="value"/> in UTF-8.</summary>
    /// <param name="omitBody">True to answer a <c>HEAD</c> request, as for <see cref="WritePlainText(ReadOnlySpan{byte}, bool)"/>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WritePlainText(string value, bool omitBody = false) => WriteText(StatusLines.Ok, [], TextPlain, value, omitBody);

    /// <summary>Answers <c>204 No Content</c>, for a handler that returns nothing: no content and no Content-Length (RFC 9110, section 8.6).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteNoContent() => WriteBodiless(StatusLines.NoContent, [], []);

    /// <summary>
    /// Answers <c>400 Bad Request</c> for a well-framed request whose arguments are wrong. The connection
    /// stays open: the request's framing was fine, so the next request on it can still be read.
    /// </summary>
    /// <param name="reason">One line of plain text that says what was wrong, for example which parameter.</param>
    /// <param name="omitBody">True to answer a <c>HEAD</c> request, as for <see cref="WritePlainText(ReadOnlySpan{byte}, bool)"/>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteBadRequest(ReadOnlySpan<byte> reason, bool omitBody = false) => WriteError(StatusLines.BadRequest, [], reason, omitBody);

    /// <summary>
    /// Answers <c>415 Unsupported Media Type</c> for a body whose Content-Type the handler cannot read, as ASP.NET Core
    /// does; the connection stays open, since the request was well framed.
    /// </summary>
    /// <param name="reason">One line of plain text that names the parameter and the media type it takes.</param>
    /// <param name="omitBody">True to answer a <c>HEAD</c> request, as for <see cref="WritePlainText(ReadOnlySpan{byte}, bool)"/>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteUnsupportedMediaType(ReadOnlySpan<byte> reason, bool omitBody = false) =>
        WriteError(StatusLines.UnsupportedMediaType, [], reason, omitBody);

    /// <summary>Answers <c>404 Not Found</c>: no route has the request's path.</summary>
    /// <param name="omitBody">True to answer a <c>HEAD</c> request, as for <see cref="WritePlainText(ReadOnlySpan{byte}, bool)"/>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteNotFound(bool omitBody = false) => WriteError(StatusLines.NotFound, [], NotFoundReason, omitBody);

    /// <summary>Answers <c>405 Method Not Allowed</c>: the path is known, the method is not.</summary>
    /// <param name="allow">The <c>Allow</c> header value: the path's methods, for example <c>GET, POST</c>.</param>
    /// <param name="omitBody">True to answer a <c>HEAD</c> request, as for <see cref="WritePlainText(ReadOnlySpan{byte}, bool)"/>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteMethodNotAllowed(ReadOnlySpan<byte> allow, bool omitBody = false)
    {
        Span<byte> allowLine = stackalloc byte[AllowLineLength(allow)];
        WriteAllowLine(allow, allowLine);
        WriteError(StatusLines.MethodNotAllowed, allowLine, MethodNotAllowedReason, omitBody);
    }

    /// <summary>
    /// Answers an <c>OPTIONS</c> request with <c>204 No Content</c> and <c>Allow</c>. A 204 has neither content nor
    /// Content-Length (RFC 9110, section 8.6), so its head is all there is.
    /// </summary>
    /// <param name="allow">The <c>Allow</c> header value: the methods of the path, or of the whole server for <c>*</c>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteOptions(ReadOnlySpan<byte> allow)
    {
        Span<byte> allowLine = stackalloc byte[AllowLineLength(allow)];
        WriteAllowLine(allow, allowLine);
        WriteBodiless(StatusLines.NoContent, allowLine, []);
    }

    /// <summary>Answers <c>500 Internal Server Error</c> for a handler that failed; no detail reaches the wire.</summary>
    internal void WriteInternalServerError() => WriteError(StatusLines.InternalServerError, [], InternalServerErrorReason, omitBody: false);

    private static ReadOnlySpan<byte> TextPlain => ResultHeaders.TextPlain;

    private static ReadOnlySpan<byte> NotFoundReason => "Not Found"u8;

    private static ReadOnlySpan<byte> MethodNotAllowedReason => "Method Not Allowed"u8;

    private static ReadOnlySpan<byte> InternalServerErrorReason => "Internal Server Error"u8;

    private static int AllowLineLength(ReadOnlySpan<byte> allow) => "Allow: "u8.Length + allow.Length + 2;

    private static void WriteAllowLine(ReadOnlySpan<byte> allow, Span<byte> allowLine)
    {
        "Allow: "u8.CopyTo(allowLine);
        allow.CopyTo(allowLine["Allow: "u8.Length..]);
        "\r\n"u8.CopyTo(allowLine[^2..]);
    }

    private void Write(ReadOnlySpan<byte> statusLine, ReadOnlySpan<byte> extraHeaders, ReadOnlySpan<byte> contentTypeLine, ReadOnlySpan<byte> body, bool omitBody)
    {
        if (_coding != ContentCoding.Identity && ShouldCompress(statusLine, extraHeaders, contentTypeLine, body.Length))
        {
            WriteCompressed(statusLine, extraHeaders, contentTypeLine, body, omitBody);
            return;
        }

        var span = BeginResponse(statusLine, extraHeaders, contentTypeLine, body.Length, out var headLength);
        body.CopyTo(span[headLength..]);
        EndResponse(headLength, body.Length, omitBody);
    }

    private void WriteText(ReadOnlySpan<byte> statusLine, ReadOnlySpan<byte> extraHeaders, ReadOnlySpan<byte> contentTypeLine, string text, bool omitBody)
    {
        if (_coding != ContentCoding.Identity)
        {
            WriteTextCompressed(statusLine, extraHeaders, contentTypeLine, text, omitBody);
            return;
        }

        var bodyLength = Encoding.UTF8.GetByteCount(text);
        var span = BeginResponse(statusLine, extraHeaders, contentTypeLine, bodyLength, out var headLength);
        Encoding.UTF8.GetBytes(text, span[headLength..]);
        EndResponse(headLength, bodyLength, omitBody);
    }

    /// <summary>Writes a response that has neither content nor Content-Length: a 204 or a 304.</summary>
    private void WriteBodiless(ReadOnlySpan<byte> statusLine, ReadOnlySpan<byte> extraHeaders, ReadOnlySpan<byte> contentTypeLine)
    {
        EnsureOpen();
        var span = ReserveHead(statusLine, extraHeaders, contentTypeLine, 0, out var written);
        EndResponse(AppendHeadEnd(span, written), 0, omitBody: true);
    }

    /// <summary>Reserves room for the whole response and writes its head; the caller writes the body after it.</summary>
    private Span<byte> BeginResponse(
        ReadOnlySpan<byte> statusLine,
        ReadOnlySpan<byte> extraHeaders,
        ReadOnlySpan<byte> contentTypeLine,
        int bodyLength,
        out int headLength)
    {
        EnsureOpen();
        var span = ReserveHead(statusLine, extraHeaders, contentTypeLine, bodyLength, out var written);
        written = Append(span, written, "Content-Length: "u8);
        bodyLength.TryFormat(span[written..], out var digits, default, CultureInfo.InvariantCulture);
        written = Append(span, written + digits, "\r\n"u8);
        headLength = AppendHeadEnd(span, written);
        return span;
    }

    /// <summary>
    /// Reserves room for a head and <paramref name="bodyLength"/> bytes after it, and writes the head up to the
    /// framing and Connection lines, which the caller adds.
    /// </summary>
    private Span<byte> ReserveHead(
        ReadOnlySpan<byte> statusLine,
        ReadOnlySpan<byte> extraHeaders,
        ReadOnlySpan<byte> contentTypeLine,
        int bodyLength,
        out int written)
    {
        var span = _output.GetSpan(statusLine.Length + ServerLine.Length + DateHeader.Length + extraHeaders.Length
            + _addedHeadersLength + contentTypeLine.Length + MaxFixedHeadersLength + CompressionHeadersRoom + bodyLength);

        written = AppendHeadStart(span, statusLine, extraHeaders);
        written = Append(span, written, contentTypeLine);
        written = AppendCompressionHeaders(span, written);
        return span;
    }

    /// <summary>
    /// Writes the status line, the headers every response has, the response's own and those added to the request with
    /// <see cref="AddHeader"/>.
    /// </summary>
    private int AppendHeadStart(Span<byte> span, ReadOnlySpan<byte> statusLine, ReadOnlySpan<byte> extraHeaders)
    {
        StatusCode = StatusLines.CodeOf(statusLine);
        var written = Append(span, 0, statusLine);
        written = Append(span, written, ServerLine);
        written = Append(span, written, DateHeader.Line);
        written = Append(span, written, extraHeaders);
        return Append(span, written, AddedHeaders);
    }

    /// <summary>Writes the Connection line, if any, and the empty line that ends the head.</summary>
    private int AppendHeadEnd(Span<byte> span, int written) => Append(span, Append(span, written, ConnectionLine), "\r\n"u8);

    /// <summary>
    /// Commits the response written into the reserved span. The one place that drops the body of a <c>HEAD</c>
    /// response: the body was written after the head but is simply not committed.
    /// </summary>
    private void EndResponse(int headLength, int bodyLength, bool omitBody)
    {
        _output.Advance(omitBody ? headLength : headLength + bodyLength);
        _state = ResponseState.Committed;
    }

    /// <summary>
    /// The one check every write passes before it reserves output: the request has no response yet. Both the synchronous
    /// writes (through <see cref="BeginResponse"/> or <see cref="WriteBodiless"/>) and <see cref="WriteStreamedAsync"/> call it.
    /// </summary>
    private void EnsureOpen()
    {
        if (_state != ResponseState.Open)
        {
            ResponseMisuse.ThrowWrite(_state);
        }
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

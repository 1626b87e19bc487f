using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp;

/// <summary>
/// A complete response a handler returns when <c>200 OK</c> with a text body is not the answer: any final status,
/// headers, and a text, byte or JSON body. The server adds Server, Date, Content-Length and Connection.
/// </summary>
/// <remarks>
/// <para>
/// A readonly struct, so returning <c>HttpResult.Text(201, "created")</c> or <c>HttpResult.Status(404)</c>
/// allocates nothing: the body is kept as given (the string, the memory, the value and its metadata) and only
/// encoded or serialized when the response is written, straight into the connection's output.
/// <see cref="WithHeader"/> does allocate: each call encodes the header lines so far into a new array, which
/// a result made once and kept in a static field pays only once.
/// </para>
/// <para>
/// Everything that could make the response malformed (a 1xx status, a body on a status that has none, a header
/// name that is not a token, a control character in a value, a header the server owns) throws
/// <see cref="ArgumentException"/> here, inside the handler, so the request is answered <c>500</c> and nothing of
/// the rejected result reaches the wire. <c>default(HttpResult)</c> is not a response and is refused when written.
/// </para>
/// </remarks>
public readonly struct HttpResult
{
    private readonly object? _body;
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly JsonTypeInfo? _jsonTypeInfo;
    private readonly byte[]? _headerLines;
    private readonly byte[]? _contentTypeLine;
    private readonly ResultBody _kind;

    private HttpResult(int statusCode, ResultBody kind, object? body, ReadOnlyMemory<byte> bytes, JsonTypeInfo? jsonTypeInfo, byte[]? contentTypeLine, byte[]? headerLines)
    {
        StatusCode = statusCode;
        _kind = kind;
        _body = body;
        _bytes = bytes;
        _jsonTypeInfo = jsonTypeInfo;
        _contentTypeLine = contentTypeLine;
        _headerLines = headerLines;
    }

    /// <summary>The status code; 0 for <c>default(HttpResult)</c>, which is not a response.</summary>
    public int StatusCode { get; }

    internal ResultBody Kind => _kind;

    internal string? TextBody => _body as string;

    internal object? JsonValue => _body;

    internal JsonTypeInfo? JsonTypeInfo => _jsonTypeInfo;

    internal ReadOnlySpan<byte> BytesBody => _bytes.Span;

    internal ReadOnlySpan<byte> HeaderLines => _headerLines;

    internal ReadOnlySpan<byte> ContentTypeLine => _contentTypeLine;

    /// <summary>
    /// A response with no content: <c>Content-Length: 0</c>, or no Content-Length at all for <c>204</c> and
    /// <c>304</c>, which never have content (RFC 9110, sections 8.6 and 15.4.5).
    /// </summary>
    /// <param name="statusCode">A final status from 200 to 599.</param>
    public static HttpResult Status(int statusCode)
    {
        ThrowIfNotFinal(statusCode);
        return new HttpResult(statusCode, ResultBody.None, null, default, null, null, null);
    }

    /// <summary>A <c>text/plain; charset=utf-8</c> response; the string is encoded as UTF-8 when written.</summary>
    /// <param name="statusCode">A final status that may have content: 200 to 599 but 204, 205 and 304.</param>
    /// <param name="text">The body; <see langword="null"/> is an empty one.</param>
    [OverloadResolutionPriority(1)] // So that a literal null, which converts to both, means this overload.
    public static HttpResult Text(int statusCode, string? text)
    {
        ThrowIfNoContentAllowed(statusCode);
        return new HttpResult(statusCode, ResultBody.Text, text ?? string.Empty, default, null, ResultHeaders.TextPlain, null);
    }

    /// <summary>A <c>text/plain; charset=utf-8</c> response whose body is already UTF-8; the memory is read when written.</summary>
    /// <param name="statusCode">A final status that may have content: 200 to 599 but 204, 205 and 304.</param>
    /// <param name="utf8">The body, which must stay unchanged until the response is written.</param>
    public static HttpResult Text(int statusCode, ReadOnlyMemory<byte> utf8)
    {
        ThrowIfNoContentAllowed(statusCode);
        return new HttpResult(statusCode, ResultBody.Bytes, null, utf8, null, ResultHeaders.TextPlain, null);
    }

    /// <summary>
    /// An <c>application/octet-stream</c> response; name another type with
    /// <c>.WithHeader("Content-Type", "image/png")</c>.
    /// </summary>
    /// <param name="statusCode">A final status that may have content: 200 to 599 but 204, 205 and 304.</param>
    /// <param name="body">The body, which must stay unchanged until the response is written.</param>
    public static HttpResult Bytes(int statusCode, ReadOnlyMemory<byte> body)
    {
        ThrowIfNoContentAllowed(statusCode);
        return new HttpResult(statusCode, ResultBody.Bytes, null, body, null, ResultHeaders.OctetStream, null);
    }

    /// <summary>A <c>200 OK</c> <c>application/json</c> response, as <see cref="Json{T}(int, T, JsonTypeInfo{T})"/>.</summary>
    public static HttpResult Json<T>(T value, JsonTypeInfo<T> typeInfo) => Json(200, value, typeInfo);

    /// <summary>
    /// An <c>application/json; charset=utf-8</c> response serialized through source-generated metadata, so nothing
    /// is discovered by reflection. Serialization happens when the response is written, into a buffer the
    /// connection reuses; a serializer that throws leaves nothing written and the request is answered <c>500</c>.
    /// </summary>
    /// <remarks>The value is held as an object until then: a value type is boxed, a reference is not copied.</remarks>
    /// <param name="statusCode">A final status that may have content: 200 to 599 but 204, 205 and 304.</param>
    /// <param name="value">The value to serialize.</param>
    /// <param name="typeInfo">The metadata of <typeparamref name="T"/>, from a <c>JsonSerializerContext</c>.</param>
    public static HttpResult Json<T>(int statusCode, T value, JsonTypeInfo<T> typeInfo)
    {
        ThrowIfNoContentAllowed(statusCode);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return new HttpResult(statusCode, ResultBody.Json, value, default, typeInfo, ResultHeaders.ApplicationJson, null);
    }

    /// <summary>A redirection to <paramref name="location"/>, with no content.</summary>
    /// <param name="statusCode">
    /// 301 or 308 for a permanent move, 302 or 307 for a temporary one, 303 to send the client to another resource with
    /// <c>GET</c> (RFC 9110, section 15.4); 307 and 308 keep the request's method, 301 and 302 may not.
    /// </param>
    /// <param name="location">The target, absolute or relative to the request (RFC 9110, section 10.2.2).</param>
    public static HttpResult Redirect(int statusCode, string location)
    {
        if (statusCode is not (301 or 302 or 303 or 307 or 308))
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "A redirect is 301, 302, 303, 307 or 308.");
        }

        return Status(statusCode).WithHeader("Location", location);
    }

    /// <summary>
    /// A response whose body a producer writes as it goes, for bodies too large to hold or of unknown length;
    /// written by <see cref="HttpResponse.WriteStreamedAsync"/>.
    /// </summary>
    /// <param name="statusCode">A final status that may have content: 200 to 599 but 204, 205 and 304.</param>
    /// <param name="producer">Writes the body; see <see cref="StreamedResult"/> for what the stream it is given does.</param>
    public static StreamedResult Stream(int statusCode, Func<Stream, CancellationToken, ValueTask> producer) => new(statusCode, producer);

    /// <summary>
    /// This result with one more header; a <c>Content-Type</c> replaces the body's default type instead.
    /// A field such as <c>Set-Cookie</c> may be added more than once.
    /// </summary>
    /// <param name="name">A token (RFC 9110, section 5.1). Content-Length, Transfer-Encoding, Connection, Date and
    /// Server are refused: the server writes them from the request and the body.</param>
    /// <param name="value">Visible ASCII, spaces and tabs, with no whitespace at either end.</param>
    /// <exception cref="ArgumentException">The header would be malformed, or the server owns it.</exception>
    public HttpResult WithHeader(string name, string value)
    {
        var headerLines = _headerLines;
        var contentTypeLine = _contentTypeLine;
        ResultHeaders.Add(name, value, ref headerLines, ref contentTypeLine);
        return new HttpResult(StatusCode, _kind, _body, _bytes, _jsonTypeInfo, contentTypeLine, headerLines);
    }

    /// <summary>
    /// Refuses what is not a final status: 1xx are interim responses the server alone sends (101 would switch
    /// protocols it does not speak), and codes outside 100 to 599 are invalid (RFC 9110, section 15).
    /// </summary>
    internal static void ThrowIfNotFinal(int statusCode)
    {
        if (statusCode is < 200 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "A result's status is a final status, from 200 to 599.");
        }
    }

    /// <summary>
    /// Refuses content on the statuses that never have it: 204 and 304 (RFC 9110, sections 15.3.5 and 15.4.5) and
    /// 205, whose server must not generate content (section 15.3.6).
    /// </summary>
    internal static void ThrowIfNoContentAllowed(int statusCode)
    {
        ThrowIfNotFinal(statusCode);
        if (statusCode is 204 or 205 or 304)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "A 204, 205 or 304 response has no content; use HttpResult.Status.");
        }
    }
}

using System;
using System.Globalization;

namespace MiniHttp;

/// <summary>The status lines the server writes, as wire bytes.</summary>
internal static class StatusLines
{
    /// <summary>The length of an unregistered code's line: <c>HTTP/1.1 NNN \r\n</c>, its reason phrase empty.</summary>
    public const int UnregisteredLength = 15;

    public static ReadOnlySpan<byte> Ok => "HTTP/1.1 200 OK\r\n"u8;
    public static ReadOnlySpan<byte> NoContent => "HTTP/1.1 204 No Content\r\n"u8;
    public static ReadOnlySpan<byte> PartialContent => "HTTP/1.1 206 Partial Content\r\n"u8;
    public static ReadOnlySpan<byte> NotModified => "HTTP/1.1 304 Not Modified\r\n"u8;
    public static ReadOnlySpan<byte> BadRequest => "HTTP/1.1 400 Bad Request\r\n"u8;
    public static ReadOnlySpan<byte> NotFound => "HTTP/1.1 404 Not Found\r\n"u8;
    public static ReadOnlySpan<byte> MethodNotAllowed => "HTTP/1.1 405 Method Not Allowed\r\n"u8;
    public static ReadOnlySpan<byte> PreconditionFailed => "HTTP/1.1 412 Precondition Failed\r\n"u8;
    public static ReadOnlySpan<byte> UnsupportedMediaType => "HTTP/1.1 415 Unsupported Media Type\r\n"u8;
    public static ReadOnlySpan<byte> RangeNotSatisfiable => "HTTP/1.1 416 Range Not Satisfiable\r\n"u8;
    public static ReadOnlySpan<byte> InternalServerError => "HTTP/1.1 500 Internal Server Error\r\n"u8;

    /// <summary>The code of a status line this class made: the three digits after <c>HTTP/1.1 </c>.</summary>
    public static int CodeOf(ReadOnlySpan<byte> statusLine) =>
        ((statusLine[9] - '0') * 100) + ((statusLine[10] - '0') * 10) + (statusLine[11] - '0');

    /// <summary>
    /// The line for <paramref name="statusCode"/> with its reason phrase from the IANA HTTP Status Code Registry, or,
    /// for a code the registry does not name, the line with an empty reason phrase formatted into
    /// <paramref name="unregistered"/>: the reason phrase is optional and clients must ignore it (RFC 9112, section 4).
    /// </summary>
    /// <param name="statusCode">A three-digit code.</param>
    /// <param name="unregistered">Room for <see cref="UnregisteredLength"/> bytes.</param>
    public static ReadOnlySpan<byte> For(int statusCode, Span<byte> unregistered)
    {
        var registered = Registered(statusCode);
        if (!registered.IsEmpty)
        {
            return registered;
        }

        "HTTP/1.1 "u8.CopyTo(unregistered);
        statusCode.TryFormat(unregistered[9..], out _, default, CultureInfo.InvariantCulture);
        " \r\n"u8.CopyTo(unregistered[12..]);
        return unregistered[..UnregisteredLength];
    }

    private static ReadOnlySpan<byte> Registered(int statusCode) => statusCode switch
    {
        200 => Ok,
        201 => "HTTP/1.1 201 Created\r\n"u8,
        202 => "HTTP/1.1 202 Accepted\r\n"u8,
        203 => "HTTP/1.1 203 Non-Authoritative Information\r\n"u8,
        204 => NoContent,
        205 => "HTTP/1.1 205 Reset Content\r\n"u8,
        206 => PartialContent,
        207 => "HTTP/1.1 207 Multi-Status\r\n"u8,
        208 => "HTTP/1.1 208 Already Reported\r\n"u8,
        226 => "HTTP/1.1 226 IM Used\r\n"u8,
        300 => "HTTP/1.1 300 Multiple Choices\r\n"u8,
        301 => "HTTP/1.1 301 Moved Permanently\r\n"u8,
        302 => "HTTP/1.1 302 Found\r\n"u8,
        303 => "HTTP/1.1 303 See Other\r\n"u8,
        304 => NotModified,
        305 => "HTTP/1.1 305 Use Proxy\r\n"u8,
        307 => "HTTP/1.1 307 Temporary Redirect\r\n"u8,
        308 => "HTTP/1.1 308 Permanent Redirect\r\n"u8,
        400 => BadRequest,
        401 => "HTTP/1.1 401 Unauthorized\r\n"u8,
        402 => "HTTP/1.1 402 Payment Required\r\n"u8,
        403 => "HTTP/1.1 403 Forbidden\r\n"u8,
        404 => NotFound,
        405 => MethodNotAllowed,
        406 => "HTTP/1.1 406 Not Acceptable\r\n"u8,
        407 => "HTTP/1.1 407 Proxy Authentication Required\r\n"u8,
        408 => "HTTP/1.1 408 Request Timeout\r\n"u8,
        409 => "HTTP/1.1 409 Conflict\r\n"u8,
        410 => "HTTP/1.1 410 Gone\r\n"u8,
        411 => "HTTP/1.1 411 Length Required\r\n"u8,
        412 => PreconditionFailed,
        413 => "HTTP/1.1 413 Content Too Large\r\n"u8,
        414 => "HTTP/1.1 414 URI Too Long\r\n"u8,
        415 => UnsupportedMediaType,
        416 => RangeNotSatisfiable,
        417 => "HTTP/1.1 417 Expectation Failed\r\n"u8,
        421 => "HTTP/1.1 421 Misdirected Request\r\n"u8,
        422 => "HTTP/1.1 422 Unprocessable Content\r\n"u8,
        423 => "HTTP/1.1 423 Locked\r\n"u8,
        424 => "HTTP/1.1 424 Failed Dependency\r\n"u8,
        425 => "HTTP/1.1 425 Too Early\r\n"u8,
        426 => "HTTP/1.1 426 Upgrade Required\r\n"u8,
        428 => "HTTP/1.1 428 Precondition Required\r\n"u8,
        429 => "HTTP/1.1 429 Too Many Requests\r\n"u8,
        431 => "HTTP/1.1 431 Request Header Fields Too Large\r\n"u8,
        451 => "HTTP/1.1 451 Unavailable For Legal Reasons\r\n"u8,
        500 => InternalServerError,
        501 => "HTTP/1.1 501 Not Implemented\r\n"u8,
        502 => "HTTP/1.1 502 Bad Gateway\r\n"u8,
        503 => "HTTP/1.1 503 Service Unavailable\r\n"u8,
        504 => "HTTP/1.1 504 Gateway Timeout\r\n"u8,
        505 => "HTTP/1.1 505 HTTP Version Not Supported\r\n"u8,
        506 => "HTTP/1.1 506 Variant Also Negotiates\r\n"u8,
        507 => "HTTP/1.1 507 Insufficient Storage\r\n"u8,
        508 => "HTTP/1.1 508 Loop Detected\r\n"u8,
        510 => "HTTP/1.1 510 Not Extended\r\n"u8,
        511 => "HTTP/1.1 511 Network Authentication Required\r\n"u8,
        _ => [],
    };
}

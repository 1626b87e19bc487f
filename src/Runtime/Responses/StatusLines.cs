using System;

namespace MiniHttp;

/// <summary>The status lines the server writes, as wire bytes.</summary>
internal static class StatusLines
{
    public static ReadOnlySpan<byte> Ok => "HTTP/1.1 200 OK\r\n"u8;
    public static ReadOnlySpan<byte> NoContent => "HTTP/1.1 204 No Content\r\n"u8;
    public static ReadOnlySpan<byte> BadRequest => "HTTP/1.1 400 Bad Request\r\n"u8;
    public static ReadOnlySpan<byte> NotFound => "HTTP/1.1 404 Not Found\r\n"u8;
    public static ReadOnlySpan<byte> MethodNotAllowed => "HTTP/1.1 405 Method Not Allowed\r\n"u8;
    public static ReadOnlySpan<byte> ContentTooLarge => "HTTP/1.1 413 Content Too Large\r\n"u8;
    public static ReadOnlySpan<byte> UriTooLong => "HTTP/1.1 414 URI Too Long\r\n"u8;
    public static ReadOnlySpan<byte> RequestHeaderFieldsTooLarge => "HTTP/1.1 431 Request Header Fields Too Large\r\n"u8;
    public static ReadOnlySpan<byte> InternalServerError => "HTTP/1.1 500 Internal Server Error\r\n"u8;
    public static ReadOnlySpan<byte> NotImplemented => "HTTP/1.1 501 Not Implemented\r\n"u8;
    public static ReadOnlySpan<byte> HttpVersionNotSupported => "HTTP/1.1 505 HTTP Version Not Supported\r\n"u8;

    public static ReadOnlySpan<byte> For(int statusCode) => statusCode switch
    {
        200 => Ok,
        204 => NoContent,
        400 => BadRequest,
        404 => NotFound,
        405 => MethodNotAllowed,
        413 => ContentTooLarge,
        414 => UriTooLong,
        431 => RequestHeaderFieldsTooLarge,
        501 => NotImplemented,
        505 => HttpVersionNotSupported,
        _ => InternalServerError,
    };
}

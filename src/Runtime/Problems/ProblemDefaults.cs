using System;

namespace MiniHttp.Problems;

/// <summary>
/// The <c>type</c> and <c>title</c> of a problem whose author gave none: for the statuses ASP.NET Core names
/// (<c>ProblemDetailsDefaults</c>), its RFC 9110 section link and title; for the other statuses the framework itself
/// answers (411, 413, 414, 417, 431, 501, 505), the section that defines the status, in the same form, and its reason
/// phrase. Other statuses have neither, and the members are left out, as ASP.NET Core leaves them.
/// </summary>
internal static class ProblemDefaults
{
    public static ReadOnlySpan<byte> Type(int statusCode) => statusCode switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1"u8,
        401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2"u8,
        403 => "https://tools.ietf.org/html/rfc9110#section-15.5.4"u8,
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5"u8,
        405 => "https://tools.ietf.org/html/rfc9110#section-15.5.6"u8,
        406 => "https://tools.ietf.org/html/rfc9110#section-15.5.7"u8,
        408 => "https://tools.ietf.org/html/rfc9110#section-15.5.9"u8,
        409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10"u8,
        411 => "https://tools.ietf.org/html/rfc9110#section-15.5.12"u8,
        412 => "https://tools.ietf.org/html/rfc9110#section-15.5.13"u8,
        413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14"u8,
        414 => "https://tools.ietf.org/html/rfc9110#section-15.5.15"u8,
        415 => "https://tools.ietf.org/html/rfc9110#section-15.5.16"u8,
        417 => "https://tools.ietf.org/html/rfc9110#section-15.5.18"u8,
        422 => "https://tools.ietf.org/html/rfc9110#section-15.5.21"u8,
        426 => "https://tools.ietf.org/html/rfc9110#section-15.5.22"u8,
        431 => "https://tools.ietf.org/html/rfc6585#section-5"u8,
        500 => "https://tools.ietf.org/html/rfc9110#section-15.6.1"u8,
        501 => "https://tools.ietf.org/html/rfc9110#section-15.6.2"u8,
        502 => "https://tools.ietf.org/html/rfc9110#section-15.6.3"u8,
        503 => "https://tools.ietf.org/html/rfc9110#section-15.6.4"u8,
        504 => "https://tools.ietf.org/html/rfc9110#section-15.6.5"u8,
        505 => "https://tools.ietf.org/html/rfc9110#section-15.6.6"u8,
        _ => [],
    };

    public static ReadOnlySpan<byte> Title(int statusCode) => statusCode switch
    {
        400 => "Bad Request"u8,
        401 => "Unauthorized"u8,
        403 => "Forbidden"u8,
        404 => "Not Found"u8,
        405 => "Method Not Allowed"u8,
        406 => "Not Acceptable"u8,
        408 => "Request Timeout"u8,
        409 => "Conflict"u8,
        411 => "Length Required"u8,
        412 => "Precondition Failed"u8,
        413 => "Content Too Large"u8,
        414 => "URI Too Long"u8,
        415 => "Unsupported Media Type"u8,
        417 => "Expectation Failed"u8,
        422 => "Unprocessable Entity"u8,
        426 => "Upgrade Required"u8,
        431 => "Request Header Fields Too Large"u8,
        500 => "An error occurred while processing your request."u8,
        501 => "Not Implemented"u8,
        502 => "Bad Gateway"u8,
        503 => "Service Unavailable"u8,
        504 => "Gateway Timeout"u8,
        505 => "HTTP Version Not Supported"u8,
        _ => [],
    };
}

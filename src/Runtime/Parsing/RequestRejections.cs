using System;

namespace MiniHttp.Parsing;

/// <summary>
/// The one place where a rejected request's status and reason are decided. Every rejection closes the
/// connection: once framing is in doubt, nothing after it on the connection can be trusted.
/// </summary>
internal static class RequestRejections
{
    public static int StatusCode(this RequestRejection rejection) => rejection switch
    {
        RequestRejection.RequestLineTooLong => 414,
        RequestRejection.HeaderFieldsTooLarge or RequestRejection.TooManyHeaderFields => 431,
        RequestRejection.BodyTooLarge => 413,
        RequestRejection.UnsupportedExpectation => 417,
        RequestRejection.RequestHeadersTimeout or RequestRejection.RequestBodyTimeout => 408,
        RequestRejection.UnsupportedTransferCoding or RequestRejection.ConnectNotSupported => 501,
        RequestRejection.HttpVersionNotSupported => 505,
        _ => 400,
    };

    /// <summary>The status line that goes with <see cref="StatusCode"/>, as wire bytes.</summary>
    public static ReadOnlySpan<byte> StatusLine(this RequestRejection rejection) => rejection.StatusCode() switch
    {
        413 => "HTTP/1.1 413 Content Too Large\r\n"u8,
        408 => "HTTP/1.1 408 Request Timeout\r\n"u8,
        414 => "HTTP/1.1 414 URI Too Long\r\n"u8,
        417 => "HTTP/1.1 417 Expectation Failed\r\n"u8,
        431 => "HTTP/1.1 431 Request Header Fields Too Large\r\n"u8,
        501 => "HTTP/1.1 501 Not Implemented\r\n"u8,
        505 => "HTTP/1.1 505 HTTP Version Not Supported\r\n"u8,
        _ => "HTTP/1.1 400 Bad Request\r\n"u8,
    };

    /// <summary>One line of plain text for the response body.</summary>
    public static ReadOnlySpan<byte> Reason(this RequestRejection rejection) => rejection switch
    {
        RequestRejection.InvalidMethod => "Invalid request method."u8,
        RequestRejection.InvalidRequestTarget => "Invalid request target."u8,
        RequestRejection.AsteriskFormNotOptions => "Only OPTIONS may have the request target '*'."u8,
        RequestRejection.UnsupportedUriScheme => "Absolute-form request targets must be http or https URIs."u8,
        RequestRejection.ConnectNotSupported => "CONNECT is not supported."u8,
        RequestRejection.InvalidHttpVersion => "Invalid HTTP version."u8,
        RequestRejection.HttpVersionNotSupported => "HTTP version not supported."u8,
        RequestRejection.RequestLineTooLong => "Request line too long."u8,
        RequestRejection.MethodTooLong => "Request method too long."u8,
        RequestRejection.InvalidLineEnding => "Lines must end with CRLF."u8,
        RequestRejection.ObsoleteLineFolding => "Header field lines must not start with whitespace."u8,
        RequestRejection.InvalidHeaderName => "Invalid header field name."u8,
        RequestRejection.WhitespaceBeforeHeaderColon => "Whitespace between a header field name and its colon."u8,
        RequestRejection.InvalidHeaderValue => "Invalid character in a header field value."u8,
        RequestRejection.HeaderFieldsTooLarge => "Request header fields too large."u8,
        RequestRejection.TooManyHeaderFields => "Too many request header fields."u8,
        RequestRejection.MissingHost => "Missing Host header."u8,
        RequestRejection.MultipleHosts => "More than one Host header."u8,
        RequestRejection.InvalidHost => "Invalid Host header."u8,
        RequestRejection.HostDoesNotMatchTarget => "The Host header does not match the request target's authority."u8,
        RequestRejection.InvalidConnection => "Invalid Connection header."u8,
        RequestRejection.InvalidContentLength => "Invalid Content-Length header."u8,
        RequestRejection.ConflictingContentLengths => "Conflicting Content-Length headers."u8,
        RequestRejection.ContentLengthWithTransferEncoding => "Content-Length together with Transfer-Encoding."u8,
        RequestRejection.TransferEncodingInHttp10 => "Transfer-Encoding in an HTTP/1.0 request."u8,
        RequestRejection.InvalidTransferEncoding => "Invalid Transfer-Encoding header."u8,
        RequestRejection.ChunkedNotFinal => "The final transfer coding must be chunked, applied once."u8,
        RequestRejection.UnsupportedTransferCoding => "Unsupported transfer coding."u8,
        RequestRejection.InvalidChunkSize => "Invalid chunk size."u8,
        RequestRejection.InvalidChunkExtension => "Invalid chunk extension."u8,
        RequestRejection.ChunkLineTooLong => "Chunk size line too long."u8,
        RequestRejection.InvalidChunkDataTerminator => "Chunk data must be followed by CRLF."u8,
        RequestRejection.BodyTooLarge => "Request body too large."u8,
        RequestRejection.UnsupportedExpectation => "Only the 100-continue expectation is supported."u8,
        RequestRejection.RequestHeadersTimeout => "The request headers took too long to arrive."u8,
        RequestRejection.RequestBodyTimeout => "The request body arrived too slowly."u8,
        _ => "Bad request."u8,
    };
}

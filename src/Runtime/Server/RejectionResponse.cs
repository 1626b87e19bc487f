using System;
using System.Globalization;
using System.IO.Pipelines;
using MiniHttp.Parsing;

namespace MiniHttp;

/// <summary>
/// Writes the final response to a rejected request: the status line <see cref="RequestRejections"/> decided and a body
/// made of its reason (plain text, or a problem: <see cref="HttpResponse.WriteRejection"/>), always with <c>Connection: close</c>.
/// </summary>
/// <remarks>
/// Written here rather than through <see cref="HttpResponse"/> because rejections need status lines (417 among them)
/// that no handler ever writes, and because a rejection always closes, whatever the request asked for.
/// </remarks>
internal static class RejectionResponse
{
    private static ReadOnlySpan<byte> ServerLine => "Server: MiniHttp\r\n"u8;

    private static ReadOnlySpan<byte> Framing => "Connection: close\r\nContent-Length: "u8;

    // The longest Content-Length a reason can need, and the CRLFs that end the header line and the head.
    private const int MaxLengthDigitsAndCrlfs = 16;

    public static void Write(PipeWriter output, RequestRejection rejection, ReadOnlySpan<byte> contentTypeLine, ReadOnlySpan<byte> body)
    {
        var statusLine = rejection.StatusLine();
        var span = output.GetSpan(statusLine.Length + ServerLine.Length + DateHeader.Length + contentTypeLine.Length + Framing.Length
            + MaxLengthDigitsAndCrlfs + body.Length);

        var written = Append(span, 0, statusLine);
        written = Append(span, written, DateHeader.Line);
        written = Append(span, written, ServerLine);
        written = Append(span, written, contentTypeLine);
        written = Append(span, written, Framing);
        body.Length.TryFormat(span[written..], out var digits, default, CultureInfo.InvariantCulture);
        written = Append(span, written + digits, "\r\n\r\n"u8);
        written = Append(span, written, body);
        output.Advance(written);
    }

    private static int Append(Span<byte> destination, int offset, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(destination[offset..]);
        return offset + bytes.Length;
    }
}

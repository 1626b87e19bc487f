using System;
using static MiniHttp.Parsing.ReadResults;

namespace MiniHttp.Parsing;

/// <summary>
/// Parses <c>method SP request-target SP HTTP-version CRLF</c> (RFC 9112, section 3) and nothing looser:
/// one SP each, CRLF only; origin-form, asterisk-form (OPTIONS) and absolute-form targets, never CONNECT.
/// </summary>
internal static class RequestLineParser
{
    private static ReadOnlySpan<byte> Http11Ending => "HTTP/1.1\r\n"u8;

    private const int VersionAndCrlfLength = 10; // "HTTP/d.d\r\n"

    /// <summary>
    /// Parses the request line at the start of <paramref name="data"/>. Rejects as soon as the bytes that have
    /// arrived cannot start a valid line, so a request split anywhere is rejected for the same reason.
    /// </summary>
    public static ReadStatus TryParse(ReadOnlySpan<byte> data, out RequestLine line, out RequestRejection rejection)
    {
        line = default;
        rejection = default;

        var methodLength = data.IndexOfAnyExcept(HttpCharacters.Token);
        if (methodLength < 0)
        {
            return ReadStatus.Incomplete;
        }

        if (methodLength == 0 || data[methodLength] != (byte)' ')
        {
            return Rejected(data[methodLength] == (byte)'\n' ? RequestRejection.InvalidLineEnding : RequestRejection.InvalidMethod, out rejection);
        }

        var method = MethodOf(data[..methodLength]);
        var target = data[(methodLength + 1)..];
        if (target.IsEmpty)
        {
            return ReadStatus.Incomplete;
        }

        if (method == RequestMethod.Connect)
        {
            // CONNECT asks for a tunnel (authority-form target): no route can answer that, so it is refused at once.
            return Rejected(RequestRejection.ConnectNotSupported, out rejection);
        }

        var first = target[0];
        if (first is not ((byte)'/' or (byte)'*') && !char.IsAsciiLetter((char)first))
        {
            return Rejected(RequestRejection.InvalidRequestTarget, out rejection);
        }

        var targetLength = target.IndexOfAnyExcept(HttpCharacters.RequestTarget);
        if (targetLength < 0)
        {
            return ReadStatus.Incomplete;
        }

        if (target[targetLength] != (byte)' ')
        {
            return Rejected(target[targetLength] == (byte)'\n' ? RequestRejection.InvalidLineEnding : RequestRejection.InvalidRequestTarget, out rejection);
        }

        var versionStart = methodLength + 1 + targetLength + 1;
        var status = TryParseVersion(data[versionStart..], out var version, out rejection);
        if (status != ReadStatus.Complete)
        {
            return status;
        }

        RequestTargetParts parts;
        if (first == (byte)'/')
        {
            // Origin-form, nearly every request: split here rather than through the parser of the rarer forms.
            var pathLength = target[..targetLength].IndexOf((byte)'?');
            parts = new RequestTargetParts(0, pathLength < 0 ? targetLength : pathLength, 0, 0);
        }
        else
        {
            // The target's form is judged only once the whole line is in, so a line split anywhere gets the same answer.
            status = RequestTargetParser.TryParse(target[..targetLength], method, out parts, out rejection);
            if (status != ReadStatus.Complete)
            {
                return status;
            }
        }

        line = new RequestLine(method, methodLength, targetLength, parts, version, versionStart + VersionAndCrlfLength);
        return ReadStatus.Complete;
    }

    /// <summary>
    /// Why a line that fills <paramref name="line"/>, the limit's worth of valid but incomplete bytes, is refused: the
    /// limit reached while still in the method is a bad request line (RFC 9112, section 3), not a long URI; anywhere after
    /// it, the request-target made the line too long (RFC 9112, section 3: <c>414</c>).
    /// </summary>
    public static RequestRejection TooLong(ReadOnlySpan<byte> line) =>
        line.Contains((byte)' ') ? RequestRejection.RequestLineTooLong : RequestRejection.MethodTooLong;

    /// <summary>Parses <c>HTTP/d.d CRLF</c>; a well-formed version other than 1.0 or 1.1 is unsupported rather than invalid.</summary>
    private static ReadStatus TryParseVersion(ReadOnlySpan<byte> data, out ProtocolVersion version, out RequestRejection rejection)
    {
        version = ProtocolVersion.Http11;
        rejection = default;
        if (data.StartsWith(Http11Ending))
        {
            return ReadStatus.Complete;
        }

        var available = Math.Min(data.Length, VersionAndCrlfLength);
        for (var i = 0; i < available; i++)
        {
            var value = data[i];
            var valid = i switch
            {
                < 5 => value == Http11Ending[i],
                5 or 7 => char.IsAsciiDigit((char)value),
                6 => value == (byte)'.',
                8 => value == (byte)'\r',
                _ => value == (byte)'\n',
            };
            if (!valid)
            {
                var badEnding = i == 9 || value == (byte)'\n';
                return Rejected(badEnding ? RequestRejection.InvalidLineEnding : RequestRejection.InvalidHttpVersion, out rejection);
            }
        }

        if (available < VersionAndCrlfLength)
        {
            return ReadStatus.Incomplete;
        }

        if (data[5] != (byte)'1' || data[7] is not ((byte)'0' or (byte)'1'))
        {
            return Rejected(RequestRejection.HttpVersionNotSupported, out rejection);
        }

        version = data[7] == (byte)'0' ? ProtocolVersion.Http10 : ProtocolVersion.Http11;
        return ReadStatus.Complete;
    }

    /// <summary>Methods are case-sensitive (RFC 9110, section 9.1): <c>get</c> is a token routing does not know, not GET.</summary>
    private static RequestMethod MethodOf(ReadOnlySpan<byte> token) => token.Length switch
    {
        3 when token.SequenceEqual("GET"u8) => RequestMethod.Get,
        3 when token.SequenceEqual("PUT"u8) => RequestMethod.Put,
        4 when token.SequenceEqual("POST"u8) => RequestMethod.Post,
        4 when token.SequenceEqual("HEAD"u8) => RequestMethod.Head,
        5 when token.SequenceEqual("PATCH"u8) => RequestMethod.Patch,
        5 when token.SequenceEqual("TRACE"u8) => RequestMethod.Trace,
        6 when token.SequenceEqual("DELETE"u8) => RequestMethod.Delete,
        7 when token.SequenceEqual("OPTIONS"u8) => RequestMethod.Options,
        7 when token.SequenceEqual("CONNECT"u8) => RequestMethod.Connect,
        _ => RequestMethod.Other,
    };
}

using System;
using System.Text;
using static MiniHttp.Parsing.ReadResults;

namespace MiniHttp.Parsing;

/// <summary>
/// Splits a request target (RFC 9112, section 3.2) in one of the rarer forms, whose bytes are already known to be
/// valid target bytes: asterisk-form, only for OPTIONS, and absolute-form with an http or https URI. Origin-form is
/// split by the request line parser itself; authority-form (CONNECT) is refused there outright.
/// </summary>
internal static class RequestTargetParser
{
    private static ReadOnlySpan<byte> SchemeSeparator => "://"u8;

    public static ReadStatus TryParse(ReadOnlySpan<byte> target, RequestMethod method, out RequestTargetParts parts, out RequestRejection rejection)
    {
        rejection = default;
        parts = default;
        if (target[0] != (byte)'*')
        {
            return TryParseAbsoluteForm(target, out parts, out rejection);
        }

        if (target.Length != 1)
        {
            return Rejected(RequestRejection.InvalidRequestTarget, out rejection);
        }

        // RFC 9112, section 3.2.4: '*' names the server as a whole, and only OPTIONS may ask about that.
        if (method != RequestMethod.Options)
        {
            return Rejected(RequestRejection.AsteriskFormNotOptions, out rejection);
        }

        parts = new RequestTargetParts(0, 1, 0, 0);
        return ReadStatus.Complete;
    }

    /// <summary>
    /// Parses <c>scheme "://" authority [ path ] [ "?" query ]</c> (RFC 9112, section 3.2.2). The authority must be a
    /// valid Host value: userinfo (<c>user@host</c>) is refused, as RFC 9110, section 4.2.4 says a recipient should.
    /// </summary>
    private static ReadStatus TryParseAbsoluteForm(ReadOnlySpan<byte> target, out RequestTargetParts parts, out RequestRejection rejection)
    {
        parts = default;
        rejection = default;
        var schemeLength = target.IndexOf(SchemeSeparator);
        if (schemeLength <= 0)
        {
            return Rejected(RequestRejection.InvalidRequestTarget, out rejection);
        }

        var scheme = target[..schemeLength];
        if (!Ascii.EqualsIgnoreCase(scheme, "http"u8) && !Ascii.EqualsIgnoreCase(scheme, "https"u8))
        {
            return Rejected(RequestRejection.UnsupportedUriScheme, out rejection);
        }

        var authorityStart = schemeLength + SchemeSeparator.Length;
        var afterScheme = target[authorityStart..];
        var authorityLength = afterScheme.IndexOfAny((byte)'/', (byte)'?');
        if (authorityLength < 0)
        {
            authorityLength = afterScheme.Length;
        }

        if (authorityLength == 0 || afterScheme[..authorityLength].ContainsAnyExcept(HttpCharacters.Host))
        {
            return Rejected(RequestRejection.InvalidRequestTarget, out rejection);
        }

        var pathStart = authorityStart + authorityLength;
        var pathLength = target[pathStart..].IndexOf((byte)'?');
        parts = new RequestTargetParts(pathStart, pathLength < 0 ? target.Length - pathStart : pathLength, authorityStart, authorityLength);
        return ReadStatus.Complete;
    }
}

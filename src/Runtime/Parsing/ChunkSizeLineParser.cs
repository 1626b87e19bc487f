using System;
using static MiniHttp.Parsing.ReadResults;

namespace MiniHttp.Parsing;

/// <summary>
/// Parses <c>chunk-size [ chunk-ext ] CRLF</c> (RFC 9112, section 7.1) by its grammar, where
/// <c>chunk-ext = *( BWS ";" BWS ext-name [ BWS "=" BWS ( token / quoted-string ) ] )</c>.
/// </summary>
/// <remarks>
/// Only CRLF ends the line. Parsers that let a bare LF end it, or skip extensions up to any LF, read a
/// different chunk boundary than a strict front end would: the request smuggling of CVE-2025-55315.
/// </remarks>
internal static class ChunkSizeLineParser
{
    /// <summary>The longest size line, extensions and CRLF included.</summary>
    public const int MaxLength = 4 * 1024;

    // Sixteen hex digits fill 64 bits, so a value read under this cap cannot wrap; leading zeros count too.
    private const int MaxSizeDigits = 16;

    /// <summary>Parses the size line at the start of <paramref name="data"/>, rejecting as soon as what has arrived is invalid.</summary>
    public static ReadStatus TryParse(ReadOnlySpan<byte> data, out int length, out long size, out RequestRejection rejection)
    {
        length = 0;
        size = 0;
        rejection = default;

        var digits = 0;
        var value = 0UL;
        while (digits < data.Length && HttpCharacters.HexValue(data[digits]) is var digit and >= 0)
        {
            if (digits == MaxSizeDigits)
            {
                return Rejected(RequestRejection.InvalidChunkSize, out rejection);
            }

            value = (value << 4) | (uint)digit;
            digits++;
        }

        if (digits == data.Length)
        {
            return ReadStatus.Incomplete;
        }

        var next = data[digits];
        if (digits == 0 || value > long.MaxValue || next is not ((byte)'\r' or (byte)'\n' or (byte)';' or (byte)' ' or (byte)'\t'))
        {
            return Rejected(next == (byte)'\n' ? RequestRejection.InvalidLineEnding : RequestRejection.InvalidChunkSize, out rejection);
        }

        var status = TryParseExtensions(data, digits, out length, out rejection);
        size = (long)value;
        return status;
    }

    private static ReadStatus TryParseExtensions(ReadOnlySpan<byte> data, int position, out int length, out RequestRejection rejection)
    {
        length = 0;
        rejection = default;
        while (true)
        {
            if (data[position] == (byte)'\r')
            {
                if (position + 1 == data.Length)
                {
                    return ReadStatus.Incomplete;
                }

                if (data[position + 1] != (byte)'\n')
                {
                    return Rejected(RequestRejection.InvalidLineEnding, out rejection);
                }

                length = position + 2;
                return ReadStatus.Complete;
            }

            position = HttpCharacters.SkipWhitespace(data, position);
            if (position == data.Length)
            {
                return ReadStatus.Incomplete;
            }

            if (data[position] != (byte)';')
            {
                return Invalid(data[position], out rejection);
            }

            position = HttpCharacters.SkipWhitespace(data, position + 1);
            var status = TryParseToken(data, ref position, out rejection);
            if (status != ReadStatus.Complete)
            {
                return status;
            }

            // "=" is optional: when it is missing, the whitespace skipped here must lead to ";" or nothing at all.
            var afterName = HttpCharacters.SkipWhitespace(data, position);
            if (afterName == data.Length)
            {
                return ReadStatus.Incomplete;
            }

            if (data[afterName] != (byte)'=')
            {
                continue;
            }

            position = HttpCharacters.SkipWhitespace(data, afterName + 1);
            if (position == data.Length)
            {
                return ReadStatus.Incomplete;
            }

            status = data[position] == (byte)'"'
                ? TryParseQuotedString(data, ref position, out rejection)
                : TryParseToken(data, ref position, out rejection);
            if (status != ReadStatus.Complete)
            {
                return status;
            }

            if (position == data.Length)
            {
                return ReadStatus.Incomplete;
            }
        }
    }

    /// <summary>Moves <paramref name="position"/> past one token, which must be followed by at least one byte.</summary>
    private static ReadStatus TryParseToken(ReadOnlySpan<byte> data, ref int position, out RequestRejection rejection)
    {
        rejection = default;
        var tokenLength = data[position..].IndexOfAnyExcept(HttpCharacters.Token);
        if (tokenLength < 0)
        {
            return ReadStatus.Incomplete;
        }

        if (tokenLength == 0)
        {
            return Invalid(data[position], out rejection);
        }

        position += tokenLength;
        return ReadStatus.Complete;
    }

    /// <summary>Moves <paramref name="position"/> past a quoted-string (RFC 9110, section 5.6.4) starting there.</summary>
    private static ReadStatus TryParseQuotedString(ReadOnlySpan<byte> data, ref int position, out RequestRejection rejection)
    {
        rejection = default;
        var index = position + 1;
        while (true)
        {
            var run = data[index..].IndexOfAny(HttpCharacters.QuotedStringDelimiters);
            if (run < 0)
            {
                return ReadStatus.Incomplete;
            }

            index += run;
            switch (data[index])
            {
                case (byte)'"':
                    position = index + 1;
                    return ReadStatus.Complete;
                case (byte)'\\':
                    if (index + 1 == data.Length)
                    {
                        return ReadStatus.Incomplete;
                    }

                    // A quoted-pair escapes HTAB, SP, VCHAR or obs-text: exactly the bytes that are not delimiters of a field value.
                    if (HttpCharacters.FieldValueDelimiters.Contains(data[index + 1]))
                    {
                        return Invalid(data[index + 1], out rejection);
                    }

                    index += 2;
                    break;
                default:
                    return Invalid(data[index], out rejection);
            }
        }
    }

    private static ReadStatus Invalid(byte found, out RequestRejection rejection) =>
        Rejected(found == (byte)'\n' ? RequestRejection.InvalidLineEnding : RequestRejection.InvalidChunkExtension, out rejection);
}

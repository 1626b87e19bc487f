using System;
using static MiniHttp.Parsing.ReadResults;

namespace MiniHttp.Parsing;

/// <summary>
/// Parses one <c>field-name ":" OWS field-value OWS CRLF</c> line (RFC 9112, section 5), or the empty line that
/// ends the section, for both headers and trailers. No obs-fold, no whitespace before the colon, CRLF only.
/// </summary>
internal static class FieldLineParser
{
    /// <summary>
    /// Parses the line at the start of <paramref name="data"/>. Rejects as soon as the bytes that have arrived
    /// cannot start a valid line, so a line split anywhere is rejected for the same reason.
    /// </summary>
    public static ReadStatus TryParse(ReadOnlySpan<byte> data, out FieldLine line, out RequestRejection rejection)
    {
        line = default;
        rejection = default;
        if (data.IsEmpty)
        {
            return ReadStatus.Incomplete;
        }

        switch (data[0])
        {
            case (byte)'\r':
                if (data.Length < 2)
                {
                    return ReadStatus.Incomplete;
                }

                if (data[1] != (byte)'\n')
                {
                    return Rejected(RequestRejection.InvalidLineEnding, out rejection);
                }

                line = FieldLine.EndOfSection;
                return ReadStatus.Complete;
            case (byte)'\n':
                return Rejected(RequestRejection.InvalidLineEnding, out rejection);
            case (byte)' ' or (byte)'\t':
                return Rejected(RequestRejection.ObsoleteLineFolding, out rejection);
        }

        var nameLength = data.IndexOfAnyExcept(HttpCharacters.Token);
        if (nameLength < 0)
        {
            return ReadStatus.Incomplete;
        }

        var separator = data[nameLength];
        if (nameLength == 0 || separator != (byte)':')
        {
            return NameWithoutColon(data, nameLength, out rejection);
        }

        var valueStart = nameLength + 1;
        var valueEnd = data[valueStart..].IndexOfAny(HttpCharacters.FieldValueDelimiters);
        if (valueEnd < 0)
        {
            return ReadStatus.Incomplete;
        }

        valueEnd += valueStart;
        if (data[valueEnd] != (byte)'\r')
        {
            return Rejected(data[valueEnd] == (byte)'\n' ? RequestRejection.InvalidLineEnding : RequestRejection.InvalidHeaderValue, out rejection);
        }

        if (valueEnd + 1 == data.Length)
        {
            return ReadStatus.Incomplete;
        }

        if (data[valueEnd + 1] != (byte)'\n')
        {
            return Rejected(RequestRejection.InvalidLineEnding, out rejection);
        }

        var value = data[valueStart..valueEnd].TrimStart(HttpCharacters.Whitespace);
        var trimmedStart = valueEnd - value.Length;
        line = new FieldLine(valueEnd + 2, nameLength, trimmedStart, value.TrimEnd(HttpCharacters.Whitespace).Length);
        return ReadStatus.Complete;
    }

    /// <summary>Says what is wrong with a line whose name is not followed by a colon; whitespace needs the byte after it.</summary>
    private static ReadStatus NameWithoutColon(ReadOnlySpan<byte> data, int nameLength, out RequestRejection rejection)
    {
        rejection = default;
        var separator = data[nameLength];
        if (separator == (byte)'\n')
        {
            return Rejected(RequestRejection.InvalidLineEnding, out rejection);
        }

        if (nameLength == 0 || !HttpCharacters.IsWhitespace(separator))
        {
            return Rejected(RequestRejection.InvalidHeaderName, out rejection);
        }

        // RFC 9112, section 5.1: whitespace before the colon has been used for smuggling and is always rejected.
        var next = HttpCharacters.SkipWhitespace(data, nameLength);
        if (next == data.Length)
        {
            return ReadStatus.Incomplete;
        }

        return Rejected(data[next] == (byte)':' ? RequestRejection.WhitespaceBeforeHeaderColon : RequestRejection.InvalidHeaderName, out rejection);
    }
}

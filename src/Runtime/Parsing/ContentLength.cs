using System;

namespace MiniHttp.Parsing;

/// <summary>Parses a Content-Length value (RFC 9110, section 8.6) strictly: <c>1*DIGIT</c> and nothing else.</summary>
/// <remarks>
/// Written by hand because the framework parsers are looser than the wire allows: <c>long.TryParse</c>
/// accepts <c>+10</c> and <c> 10</c>, and <c>Utf8Parser</c> stops at the first non-digit (<c>0x10</c> reads as 0).
/// </remarks>
internal static class ContentLength
{
    /// <summary>Parses <paramref name="value"/> (already stripped of surrounding OWS) as a decimal length.</summary>
    /// <returns>False for an empty value, any byte that is not a digit, or a length beyond <see cref="long.MaxValue"/>.</returns>
    public static bool TryParse(ReadOnlySpan<byte> value, out long length)
    {
        length = 0;
        if (value.IsEmpty)
        {
            return false;
        }

        foreach (var character in value)
        {
            var digit = (uint)(character - '0');
            if (digit > 9 || length > (long.MaxValue - digit) / 10)
            {
                length = 0;
                return false;
            }

            length = (length * 10) + digit;
        }

        return true;
    }
}

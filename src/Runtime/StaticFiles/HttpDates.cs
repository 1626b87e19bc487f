using System;
using System.Buffers.Text;
using System.Globalization;

namespace MiniHttp.StaticFiles;

/// <summary>
/// Reads an HTTP-date (RFC 9110, section 5.6.7) in any of its three forms, as a recipient must: the IMF-fixdate every
/// sender uses now, and the obsolete RFC 850 and asctime forms.
/// </summary>
internal static class HttpDates
{
    private static readonly string[] s_obsoleteFormats =
    [
        "dddd, dd'-'MMM'-'yy HH':'mm':'ss 'GMT'",
        "ddd MMM d HH':'mm':'ss yyyy",
    ];

    /// <summary>Parses the whole of <paramref name="value"/>; a date with anything around it is not a date.</summary>
    public static bool TryParse(ReadOnlySpan<byte> value, out DateTimeOffset date)
    {
        value = value.Trim(" \t"u8);
        if (Utf8Parser.TryParse(value, out date, out var consumed, 'R') && consumed == value.Length)
        {
            return true;
        }

        // The obsolete forms are rare: widening to chars for DateTime's parser is fine there.
        Span<char> chars = stackalloc char[64];
        if (value.Length > chars.Length)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            chars[i] = (char)value[i];
        }

        // asctime pads a one-digit day with a space ("Nov  6"), which "d" does not take: AllowInnerWhite does.
        if (DateTime.TryParseExact(chars[..value.Length], s_obsoleteFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowInnerWhite, out var parsed))
        {
            date = new DateTimeOffset(parsed, TimeSpan.Zero);
            return true;
        }

        return false;
    }
}

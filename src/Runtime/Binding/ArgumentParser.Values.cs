using System;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace MiniHttp.Binding;

public static partial class ArgumentParser
{
    // A JSON number without its leading '-': digits, optionally a fraction, optionally an exponent.
    private const NumberStyles DecimalNumber = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Parses <c>true</c> or <c>false</c>, ASCII case-insensitively (so <c>True</c>, as .NET writes it, too); nothing else.</summary>
    public static bool TryParseBoolean(ReadOnlySpan<byte> utf8, out bool value)
    {
        value = Ascii.EqualsIgnoreCase(utf8, "true"u8);
        return value || Ascii.EqualsIgnoreCase(utf8, "false"u8);
    }

    /// <summary>
    /// Parses a finite <see cref="double"/> written as a JSON number: <c>-1.5e3</c>, never <c>+1</c>, <c>.5</c>,
    /// <c>1.</c>, <c>NaN</c>, <c>Infinity</c>, hex or whitespace; a value too large for a double is rejected
    /// rather than read as infinity.
    /// </summary>
    public static bool TryParseDouble(ReadOnlySpan<byte> utf8, out double value)
    {
        value = 0;
        return IsJsonNumber(utf8)
            && double.TryParse(utf8, DecimalNumber, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>Parses a <see cref="decimal"/> written as a JSON number, like <see cref="TryParseDouble"/>; out of range is rejected.</summary>
    public static bool TryParseDecimal(ReadOnlySpan<byte> utf8, out decimal value)
    {
        value = 0;
        return IsJsonNumber(utf8) && decimal.TryParse(utf8, DecimalNumber, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses all of <paramref name="utf8"/> as a <see cref="Guid"/> in its usual form, <c>00000000-0000-0000-0000-000000000000</c>, in either case.</summary>
    public static bool TryParseGuid(ReadOnlySpan<byte> utf8, out Guid value) =>
        Utf8Parser.TryParse(utf8, out value, out var consumed, 'D') && consumed == utf8.Length;

    /// <summary>Whether <paramref name="utf8"/> is <c>-?digits(.digits)?([eE][+-]?digits)?</c>, the number grammar of JSON (RFC 8259, section 6) with leading zeros allowed.</summary>
    private static bool IsJsonNumber(ReadOnlySpan<byte> utf8)
    {
        var i = !utf8.IsEmpty && utf8[0] == (byte)'-' ? 1 : 0;
        if (!SkipDigits(utf8, ref i))
        {
            return false;
        }

        if (i < utf8.Length && utf8[i] == (byte)'.')
        {
            i++;
            if (!SkipDigits(utf8, ref i))
            {
                return false;
            }
        }

        if (i < utf8.Length && (utf8[i] | 0x20) == (byte)'e')
        {
            i++;
            if (i < utf8.Length && utf8[i] is (byte)'+' or (byte)'-')
            {
                i++;
            }

            if (!SkipDigits(utf8, ref i))
            {
                return false;
            }
        }

        return i == utf8.Length;
    }

    /// <summary>Moves past one or more ASCII digits; false when there is none.</summary>
    private static bool SkipDigits(ReadOnlySpan<byte> utf8, ref int i)
    {
        var start = i;
        while (i < utf8.Length && char.IsAsciiDigit((char)utf8[i]))
        {
            i++;
        }

        return i > start;
    }
}

using System;
using System.ComponentModel;
using System.Text;
using System.Text.Unicode;

namespace MiniHttp.Binding;

/// <summary>
/// Parses a handler argument from bytes taken exactly as they are, such as a header value or a request body.
/// Generated code calls it; applications have no need to. For a percent-encoded query value see
/// <see cref="QueryString"/>, for a route value <see cref="RouteValues"/>.
/// </summary>
/// <remarks>
/// Every parser is strict and culture-invariant, and consumes all of its input. Integers are an optional <c>-</c>
/// (for signed types only), then one or more ASCII digits, and nothing else (no <c>+</c>, whitespace, separators or
/// hex), with overflow rejected. <c>int.TryParse</c> would accept <c>" 10"</c> and <c>"+10"</c>, and
/// <c>Utf8Parser</c> stops at the first non-digit without failing.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class ArgumentParser
{
    /// <summary>Parses all of <paramref name="utf8"/> as an <see cref="int"/>.</summary>
    public static bool TryParseInt32(ReadOnlySpan<byte> utf8, out int value)
    {
        var parsed = TryParseSigned(utf8, int.MaxValue, out var wide);
        value = (int)wide;
        return parsed;
    }

    /// <summary>Parses all of <paramref name="utf8"/> as a <see cref="long"/>.</summary>
    public static bool TryParseInt64(ReadOnlySpan<byte> utf8, out long value) => TryParseSigned(utf8, long.MaxValue, out value);

    /// <summary>Parses all of <paramref name="utf8"/> as a <see cref="short"/>.</summary>
    public static bool TryParseInt16(ReadOnlySpan<byte> utf8, out short value)
    {
        var parsed = TryParseSigned(utf8, short.MaxValue, out var wide);
        value = (short)wide;
        return parsed;
    }

    /// <summary>Parses all of <paramref name="utf8"/> as a <see cref="uint"/>: digits only, no sign.</summary>
    public static bool TryParseUInt32(ReadOnlySpan<byte> utf8, out uint value)
    {
        var parsed = TryParseDigits(utf8, uint.MaxValue, out var wide);
        value = (uint)wide;
        return parsed;
    }

    /// <summary>Parses all of <paramref name="utf8"/> as a <see cref="ulong"/>: digits only, no sign.</summary>
    public static bool TryParseUInt64(ReadOnlySpan<byte> utf8, out ulong value) => TryParseDigits(utf8, ulong.MaxValue, out value);

    /// <summary>Decodes <paramref name="utf8"/> as a string; fails on any invalid UTF-8 rather than substituting U+FFFD.</summary>
    public static bool TryDecodeString(ReadOnlySpan<byte> utf8, out string value)
    {
        var valid = Utf8.IsValid(utf8);
        value = valid ? Encoding.UTF8.GetString(utf8) : string.Empty;
        return valid;
    }

    /// <summary>Parses an integer from <c>-(maxValue + 1)</c> to <paramref name="maxValue"/>.</summary>
    private static bool TryParseSigned(ReadOnlySpan<byte> utf8, long maxValue, out long value)
    {
        var negative = !utf8.IsEmpty && utf8[0] == (byte)'-';

        // Two's complement: the most negative value's magnitude is one more than the largest positive value.
        var limit = (ulong)maxValue + (negative ? 1UL : 0UL);
        var parsed = TryParseDigits(negative ? utf8[1..] : utf8, limit, out var magnitude);

        // For the most negative value, 0 - 2^63 wraps to exactly long.MinValue.
        value = negative ? unchecked((long)(0UL - magnitude)) : (long)magnitude;
        return parsed;
    }

    /// <summary>Parses one or more ASCII digits, and nothing else, as a number up to <paramref name="limit"/>.</summary>
    private static bool TryParseDigits(ReadOnlySpan<byte> digits, ulong limit, out ulong value)
    {
        value = 0;
        if (digits.IsEmpty)
        {
            return false;
        }

        ulong magnitude = 0;
        foreach (var character in digits)
        {
            // A byte below '0' wraps around to a large value, so one comparison rejects everything but digits.
            var digit = (uint)(character - '0');
            if (digit > 9)
            {
                return false;
            }

            // magnitude * 10 + digit <= limit, rearranged so that nothing can overflow while checking it.
            if (magnitude > (limit - digit) / 10)
            {
                return false;
            }

            magnitude = (magnitude * 10) + digit;
        }

        value = magnitude;
        return true;
    }
}

using System;
using System.Text;

namespace MiniHttp.StaticFiles;

/// <summary>What a <c>Range</c> field asks of a representation of a known length (RFC 9110, sections 14.1 and 14.2).</summary>
internal enum RangeOutcome
{
    /// <summary>Serve the whole representation: no range, a unit other than bytes, a malformed field, or several ranges.</summary>
    Whole,

    /// <summary>One range that overlaps the representation: <c>206 Partial Content</c>.</summary>
    Partial,

    /// <summary>A range wholly past the end: <c>416 Range Not Satisfiable</c> with <c>Content-Range: bytes */length</c>.</summary>
    NotSatisfiable,
}

/// <summary>Reads a single <c>bytes</c> range; a server may ignore any <c>Range</c> field, and this one ignores lists.</summary>
internal static class ByteRange
{
    /// <param name="value">The <c>Range</c> field value.</param>
    /// <param name="length">The representation's length.</param>
    /// <param name="start">The first byte of a <see cref="RangeOutcome.Partial"/> range.</param>
    /// <param name="count">How many bytes it has, at least 1.</param>
    public static RangeOutcome Evaluate(ReadOnlySpan<byte> value, long length, out long start, out long count)
    {
        start = count = 0;
        if (!TryParse(value.Trim(" \t"u8), out var first, out var last) || length == 0)
        {
            // A zero-length representation has no byte to send, so only the whole (empty) one can answer.
            return RangeOutcome.Whole;
        }

        if (first < 0)
        {
            // A suffix range: the last -first bytes, or all of a shorter representation.
            if (last == 0)
            {
                return RangeOutcome.NotSatisfiable;
            }

            count = Math.Min(last, length);
            start = length - count;
            return RangeOutcome.Partial;
        }

        if (first >= length)
        {
            return RangeOutcome.NotSatisfiable;
        }

        start = first;
        count = Math.Min(last, length - 1) - first + 1;
        return RangeOutcome.Partial;
    }

    /// <summary>
    /// Parses <c>bytes=first-last</c>, <c>bytes=first-</c> (last is <see cref="long.MaxValue"/>) or <c>bytes=-suffix</c>
    /// (first is -1, last the suffix length). Fails on anything else, several ranges included.
    /// </summary>
    private static bool TryParse(ReadOnlySpan<byte> value, out long first, out long last)
    {
        first = last = 0;
        if (value.Length < 6 || !Ascii.EqualsIgnoreCase(value[..6], "bytes="u8))
        {
            return false;
        }

        var spec = value[6..].Trim(" \t"u8);
        var dash = spec.IndexOf((byte)'-');
        if (dash < 0 || spec.IndexOf((byte)',') >= 0)
        {
            return false;
        }

        var firstDigits = spec[..dash];
        var lastDigits = spec[(dash + 1)..];
        if (firstDigits.IsEmpty)
        {
            first = -1;
            return TryParseDigits(lastDigits, out last);
        }

        if (!TryParseDigits(firstDigits, out first))
        {
            return false;
        }

        if (lastDigits.IsEmpty)
        {
            last = long.MaxValue;
            return true;
        }

        return TryParseDigits(lastDigits, out last) && last >= first;
    }

    /// <summary>One or more digits; a value past <see cref="long.MaxValue"/> saturates, which is past any file's end.</summary>
    private static bool TryParseDigits(ReadOnlySpan<byte> digits, out long value)
    {
        value = 0;
        if (digits.IsEmpty)
        {
            return false;
        }

        foreach (var digit in digits)
        {
            if ((uint)(digit - '0') > 9)
            {
                return false;
            }

            value = value > (long.MaxValue - 9) / 10 ? long.MaxValue : value * 10 + (digit - '0');
        }

        return true;
    }
}

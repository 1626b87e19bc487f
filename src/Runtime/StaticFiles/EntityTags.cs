using System;

namespace MiniHttp.StaticFiles;

/// <summary>
/// Matches an <c>If-Match</c> or <c>If-None-Match</c> field value against a representation's entity tag (RFC 9110,
/// sections 8.8.3.2 and 13.1.1–13.1.2): <c>*</c>, or a comma-separated list of entity tags, each <c>"opaque"</c> or
/// <c>W/"opaque"</c>.
/// </summary>
internal static class EntityTags
{
    /// <summary>
    /// Whether <paramref name="fieldValue"/> names <paramref name="current"/>, the representation's own strong tag
    /// (quotes included). The strong comparison (for <c>If-Match</c>, <c>If-Range</c>) matches only a strong tag with the
    /// same opaque part; the weak one (for <c>If-None-Match</c>) ignores <c>W/</c> on either side.
    /// </summary>
    /// <remarks>A list member that is not an entity tag ends the list unmatched: a malformed field never matches.</remarks>
    public static bool Matches(ReadOnlySpan<byte> fieldValue, ReadOnlySpan<byte> current, bool weakComparison)
    {
        var rest = fieldValue.Trim(" \t"u8);
        if (rest.SequenceEqual("*"u8))
        {
            return true;
        }

        while (!rest.IsEmpty)
        {
            rest = rest.TrimStart(" \t,"u8);
            if (rest.IsEmpty)
            {
                return false;
            }

            var weak = rest.StartsWith("W/"u8);
            if (weak)
            {
                rest = rest[2..];
            }

            if (!TryTakeOpaqueTag(ref rest, out var tag))
            {
                return false;
            }

            if (tag.SequenceEqual(current) && (weakComparison || !weak))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="value"/> is exactly one entity tag, as <c>If-Range</c> may carry instead of a date.</summary>
    public static bool IsEntityTag(ReadOnlySpan<byte> value) =>
        value.StartsWith("W/\""u8) || (value.Length > 0 && value[0] == (byte)'"');

    /// <summary>Takes <c>"..."</c> off the front of <paramref name="rest"/>, quotes included.</summary>
    private static bool TryTakeOpaqueTag(ref ReadOnlySpan<byte> rest, out ReadOnlySpan<byte> tag)
    {
        tag = default;
        if (rest.IsEmpty || rest[0] != (byte)'"')
        {
            return false;
        }

        var close = rest[1..].IndexOf((byte)'"');
        if (close < 0)
        {
            return false;
        }

        // etagc is %x21 / %x23-7E / obs-text: no space, no control character, no quote inside.
        var inner = rest[1..(close + 1)];
        if (inner.IndexOfAnyInRange((byte)0x00, (byte)0x20) >= 0 || inner.IndexOf((byte)0x7F) >= 0)
        {
            return false;
        }

        tag = rest[..(close + 2)];
        rest = rest[(close + 2)..];
        return true;
    }
}

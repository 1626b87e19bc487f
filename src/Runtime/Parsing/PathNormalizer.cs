using System;
using System.Buffers;

namespace MiniHttp.Parsing;

/// <summary>
/// Brings a request path to the form RFC 3986 compares paths in: percent-encoded unreserved characters decoded
/// (section 6.2.2.2), then dot segments removed (section 5.2.4). An encoded slash (<c>%2F</c>) stays encoded, so it
/// never splits a segment; an encoded dot is a dot, so <c>/%2E%2E/</c> is removed like <c>/../</c>. No route, and no
/// file, ever sees a <c>.</c> or <c>..</c> segment, however it was written.
/// </summary>
internal static class PathNormalizer
{
    // ALPHA / DIGIT / "-" / "." / "_" / "~" (RFC 3986, section 2.3): their encoded and plain forms are the same path.
    private static readonly SearchValues<byte> s_unreserved =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"u8);

    /// <summary>
    /// Whether <see cref="Normalize"/> could change <paramref name="path"/>: it holds a <c>%</c> or a dot segment. False
    /// for nearly every request, so the common path costs one or two vectorized searches.
    /// </summary>
    public static bool NeedsNormalizing(ReadOnlySpan<byte> path)
    {
        if (path.IndexOf((byte)'%') >= 0)
        {
            return true;
        }

        for (var at = path.IndexOf("/."u8); at >= 0; at = NextDotSegmentStart(path, at))
        {
            if (IsDotSegment(path[(at + 1)..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Writes the normalized form of <paramref name="path"/>, an origin-form path starting with <c>/</c>, into
    /// <paramref name="destination"/>, which must be at least as long (normalizing never lengthens a path) and may be
    /// the same memory as <paramref name="path"/>.
    /// </summary>
    /// <returns>The normalized path's length.</returns>
    public static int Normalize(ReadOnlySpan<byte> path, Span<byte> destination)
    {
        var length = DecodeUnreserved(path, destination);
        return RemoveDotSegments(destination[..length]);
    }

    private static int NextDotSegmentStart(ReadOnlySpan<byte> path, int at)
    {
        var next = path[(at + 1)..].IndexOf("/."u8);
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary>Whether the segment at the start of <paramref name="rest"/> (up to the next <c>/</c>) is <c>.</c> or <c>..</c>.</summary>
    private static bool IsDotSegment(ReadOnlySpan<byte> rest)
    {
        var end = rest.IndexOf((byte)'/');
        var segment = end < 0 ? rest : rest[..end];
        return segment.SequenceEqual("."u8) || segment.SequenceEqual(".."u8);
    }

    private static int DecodeUnreserved(ReadOnlySpan<byte> path, Span<byte> destination)
    {
        var written = 0;
        for (var i = 0; i < path.Length; i++)
        {
            var value = path[i];
            if (value == (byte)'%' && i + 2 < path.Length
                && HttpCharacters.HexValue(path[i + 1]) is var high and >= 0 && HttpCharacters.HexValue(path[i + 2]) is var low and >= 0
                && s_unreserved.Contains((byte)((high << 4) | low)))
            {
                value = (byte)((high << 4) | low);
                i += 2;
            }

            // Writing never overtakes reading (written <= i), so the destination may be the path itself.
            destination[written++] = value;
        }

        return written;
    }

    /// <summary>RFC 3986's remove_dot_segments for an absolute path, in place.</summary>
    /// <returns>The length of what is left, at least 1 (<c>/</c>).</returns>
    private static int RemoveDotSegments(Span<byte> path)
    {
        if (path.IsEmpty || path[0] != (byte)'/')
        {
            return path.Length;
        }

        var written = 0;
        var read = 0;
        while (read < path.Length)
        {
            // path[read] is the '/' that starts a segment.
            var start = read + 1;
            var length = path[start..].IndexOf((byte)'/');
            var end = length < 0 ? path.Length : start + length;
            var segment = path[start..end];
            var last = end == path.Length;
            if (segment.SequenceEqual("."u8))
            {
                written = last ? Append(path, written, (byte)'/') : written;
            }
            else if (segment.SequenceEqual(".."u8))
            {
                // Up one segment: back to the '/' before the last one written; above the root there is nothing to remove.
                written = Math.Max(path[..written].LastIndexOf((byte)'/'), 0);
                written = last ? Append(path, written, (byte)'/') : written;
            }
            else
            {
                written = Append(path, written, (byte)'/');
                // The segment lies at or after the write position: CopyTo handles the overlap as memmove does.
                segment.CopyTo(path[written..]);
                written += segment.Length;
            }

            read = end;
        }

        return written == 0 ? Append(path, 0, (byte)'/') : written;
    }

    private static int Append(Span<byte> path, int written, byte value)
    {
        path[written] = value;
        return written + 1;
    }
}

using System;
using System.ComponentModel;

namespace MiniHttp.Routing;

/// <summary>
/// Takes a request path apart segment by segment, left to right, for the route templates' generated matchers.
/// Segments are raw bytes, still percent-encoded: an encoded <c>%2F</c> stays inside its segment.
/// Generated code calls it; applications have no need to.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct PathSegments
{
    /// <summary>What is left: empty, or a '/' and the segments after it.</summary>
    private ReadOnlySpan<byte> _rest;

    public PathSegments(ReadOnlySpan<byte> path) => _rest = path;

    /// <summary>Whether every segment has been taken: a template matches only a path it uses up.</summary>
    public readonly bool IsEnd => _rest.IsEmpty;

    /// <summary>Takes the next segment, which must be exactly <paramref name="literal"/>.</summary>
    public bool TryTakeLiteral(ReadOnlySpan<byte> literal) => TryTake(out var segment) && segment.SequenceEqual(literal);

    /// <summary>Takes the next segment as a route value, which must not be empty.</summary>
    public bool TryTakeValue(out ReadOnlySpan<byte> value) => TryTake(out value) && !value.IsEmpty;

    /// <summary>Takes everything after the next '/', slashes included, for a catch-all; it may be empty.</summary>
    public bool TryTakeRest(out ReadOnlySpan<byte> rest)
    {
        if (_rest.IsEmpty)
        {
            rest = default;
            return false;
        }

        rest = _rest[1..];
        _rest = default;
        return true;
    }

    private bool TryTake(out ReadOnlySpan<byte> segment)
    {
        if (_rest.IsEmpty)
        {
            segment = default;
            return false;
        }

        var afterSlash = _rest[1..];
        var end = afterSlash.IndexOf((byte)'/');
        segment = end < 0 ? afterSlash : afterSlash[..end];
        _rest = end < 0 ? default : afterSlash[end..];
        return true;
    }
}

using System;

namespace MiniHttp.Routing;

/// <summary>
/// Reads a route value by name from a path its template matched, for code that runs before the handler and is not
/// handed the values: a route filter, with the template in <see cref="HttpResponse.Route"/>.
/// </summary>
/// <remarks>
/// Walks the template and the path together, segment by segment, only when asked; nothing is kept per request. The
/// handler's own parameters are the place to bind values; this is for checks that need one before it.
/// </remarks>
public static class RouteTemplateValues
{
    /// <summary>
    /// The value of the route parameter <paramref name="name"/> (<c>tenant</c> for <c>{tenant}</c> or
    /// <c>{tenant:int}</c>, <c>rest</c> for <c>{*rest}</c>) as it is in <see cref="HttpRequest.Path"/>, not percent-decoded
    /// (the handler's parameter gets it decoded); false when the template has
    /// no such parameter or is null (the router's own answers have no route).
    /// </summary>
    /// <param name="template">The template of the route that matched <paramref name="path"/>: <see cref="HttpResponse.Route"/>.</param>
    /// <param name="path">The request's path, <see cref="HttpRequest.Path"/>.</param>
    /// <param name="name">The parameter's name, without braces, constraint or <c>*</c>.</param>
    /// <param name="value">The segment (for a catch-all, the rest of the path) the parameter matched.</param>
    public static bool TryGet(string? template, ReadOnlySpan<byte> path, string name, out ReadOnlySpan<byte> value)
    {
        value = default;
        if (template is null || !template.StartsWith('/'))
        {
            return false;
        }

        var segments = new PathSegments(path);
        var rest = template.AsSpan(1);
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('/');
            var segment = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (segment.StartsWith("{*"))
            {
                return segment[2..^1].SequenceEqual(name) && segments.TryTakeRest(out value);
            }

            if (!segments.TryTakeValue(out var taken))
            {
                return false;
            }

            if (segment.StartsWith('{') && ParameterName(segment).SequenceEqual(name))
            {
                value = taken;
                return true;
            }
        }

        return false;
    }

    /// <summary>The name in <c>{name}</c> or <c>{name:constraint}</c>.</summary>
    private static ReadOnlySpan<char> ParameterName(ReadOnlySpan<char> segment)
    {
        var inner = segment[1..^1];
        var colon = inner.IndexOf(':');
        return colon < 0 ? inner : inner[..colon];
    }
}

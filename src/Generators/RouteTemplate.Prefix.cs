using System.Linq;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

internal static partial class RouteTemplate
{
    /// <summary>
    /// What makes <paramref name="prefix"/> unfit to be a <c>[RouteGroup]</c> prefix, or null: it must be a template that
    /// routes, does not end in <c>/</c> (each route's template brings its own), and has no catch-all, which would leave
    /// nothing for the routes after it.
    /// </summary>
    public static string? FindPrefixMalformation(string? prefix)
    {
        if (FindMalformation(prefix, out var segments) is { } reason)
        {
            return reason;
        }

        if (prefix!.EndsWith("/", System.StringComparison.Ordinal))
        {
            return "it must not end with '/': each route's template starts with its own";
        }

        return segments.Any(static segment => segment.Kind == RouteSegmentKind.CatchAll)
            ? "a catch-all parameter takes the rest of the path, so it cannot be followed by a route's template"
            : null;
    }
}

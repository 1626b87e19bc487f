using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

internal static partial class RouteTemplate
{
    /// <summary>
    /// Splits <paramref name="template"/> (which starts with '/') into <paramref name="segments"/>, or returns what makes
    /// one of its route parameters malformed. Literal segments are checked apart, by <see cref="FindMalformedLiteral"/>.
    /// </summary>
    private static string? ParseSegments(string template, List<RouteSegment> segments)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in template.Substring(1).Split('/'))
        {
            if (text.IndexOfAny(['{', '}']) < 0)
            {
                segments.Add(new RouteSegment(RouteSegmentKind.Literal, text));
                continue;
            }

            if (ParseParameter(text, out var parameter) is { } problem)
            {
                return problem;
            }

            if (!names.Add(parameter!.Text))
            {
                return $"route parameter '{parameter.Text}' appears twice: give each parameter its own name";
            }

            segments.Add(parameter);
        }

        return null;
    }

    /// <summary>Parses one segment that holds a brace, or returns what makes it malformed.</summary>
    private static string? ParseParameter(string text, out RouteSegment? parameter)
    {
        parameter = null;

        // Exactly one pair of braces around the whole segment: "/file-{id}" would need a pattern, not a segment match.
        if (text.Length < 2 || text[0] != '{' || text[text.Length - 1] != '}' || text.IndexOf('{', 1) >= 0 || text.IndexOf('}') != text.Length - 1)
        {
            return $"'{text}' must be a route parameter that fills the whole segment, such as /users/{{id}}";
        }

        var inside = text.Substring(1, text.Length - 2);
        var isCatchAll = inside.StartsWith("*", StringComparison.Ordinal);
        var colon = inside.IndexOf(':');
        var name = inside.Substring(isCatchAll ? 1 : 0, (colon < 0 ? inside.Length : colon) - (isCatchAll ? 1 : 0));
        var constraint = colon < 0 ? null : inside.Substring(colon + 1);

        if (name.EndsWith("?", StringComparison.Ordinal))
        {
            return $"optional route parameters such as '{text}' are not supported: declare a second route without the parameter";
        }

        if (!SyntaxFacts.IsValidIdentifier(name))
        {
            return $"route parameter '{text}' must be named by a C# identifier, the name of the handler parameter it binds to";
        }

        if (isCatchAll && constraint is not null)
        {
            return $"catch-all parameter '{text}' cannot have a constraint: it takes the rest of the path as a string";
        }

        RouteSegmentKind? kind = constraint switch
        {
            null => isCatchAll ? RouteSegmentKind.CatchAll : RouteSegmentKind.Parameter,
            "int" => RouteSegmentKind.Int32Parameter,
            "long" => RouteSegmentKind.Int64Parameter,
            "guid" => RouteSegmentKind.GuidParameter,
            _ => null,
        };

        if (kind is null)
        {
            return $"route parameter '{text}' has the unknown constraint '{constraint}': use int, long or guid";
        }

        parameter = new RouteSegment(kind.Value, name);
        return null;
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using MiniHttp.Generators.Diagnostics;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

/// <summary>
/// Checks a route template: a URL path whose segments are literal text, matched byte for byte against the request's
/// raw (not percent-decoded) path, so holding only what a client can send there (RFC 3986, section 3.3), or route
/// parameters that fill a whole segment: <c>{id}</c>, <c>{id:int}</c>, <c>{id:long}</c>, <c>{id:guid}</c>, and a
/// last <c>{*rest}</c>.
/// </summary>
internal static partial class RouteTemplate
{
    /// <summary>The diagnostic saying what to change in <paramref name="template"/>, or null when it can be routed.</summary>
    /// <param name="handler">The handler's display name, for the message.</param>
    /// <param name="location">Where the template is written.</param>
    /// <param name="segments">The template's segments, when it can be routed.</param>
    public static DiagnosticInfo? Check(string? template, string handler, LocationInfo location, out List<RouteSegment> segments)
    {
        if (FindMalformation(template, out segments) is { } reason)
        {
            return DiagnosticInfo.Create(DiagnosticDescriptors.MalformedTemplate, location, Quote(template), handler, reason);
        }

        var catchAll = segments.FindIndex(static segment => segment.Kind == RouteSegmentKind.CatchAll);
        return catchAll >= 0 && catchAll != segments.Count - 1
            ? DiagnosticInfo.Create(DiagnosticDescriptors.CatchAllNotLast, location, Quote(template), handler, segments[catchAll].Text)
            : null;
    }

    /// <summary>What makes <paramref name="template"/> malformed, or null when <paramref name="segments"/> holds its segments.</summary>
    private static string? FindMalformation(string? template, out List<RouteSegment> segments)
    {
        segments = [];
        if (template is null)
        {
            return "a template is a path and cannot be null";
        }

        if (template.Length == 0 || template[0] != '/')
        {
            return "it must start with '/'";
        }

        return ParseSegments(template, segments) ?? segments
            .Where(static segment => segment.Kind == RouteSegmentKind.Literal)
            .Select(static segment => FindMalformedLiteral(segment.Text))
            .FirstOrDefault(static problem => problem is not null);
    }

    /// <summary>What makes a literal segment something a client cannot send in a path, or null.</summary>
    private static string? FindMalformedLiteral(string literal)
    {
        for (var i = 0; i < literal.Length; i++)
        {
            var c = literal[i];
            if (IsPathCharacter(c))
            {
                continue;
            }

            if (c == '%')
            {
                if (i + 2 < literal.Length && IsHexDigit(literal[i + 1]) && IsHexDigit(literal[i + 2]))
                {
                    i += 2;
                    continue;
                }

                return "'%' must start a percent-encoded byte such as %20";
            }

            return c switch
            {
                '?' => "it must not contain '?': query values bind to the handler's parameters",
                '#' => "it must not contain '#': a fragment is never sent to a server",
                _ when char.IsWhiteSpace(c) => "it must not contain whitespace",
                _ => SymbolDisplay.FormatLiteral(c, quote: true) + " is not allowed in a URL path: percent-encode it",
            };
        }

        return null;
    }

    /// <summary>A C# literal of the template, as messages quote it.</summary>
    public static string Quote(string? template) => template is null ? "null" : SymbolDisplay.FormatLiteral(template, quote: true);

    // pchar = unreserved / pct-encoded / sub-delims / ":" / "@"; '%' is checked apart.
    private static bool IsPathCharacter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '-' or '.' or '_' or '~'
            or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '='
            or ':' or '@';

    private static bool IsHexDigit(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');
}

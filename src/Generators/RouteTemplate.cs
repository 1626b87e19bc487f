using Microsoft.CodeAnalysis.CSharp;
using MiniHttp.Generators.Diagnostics;

namespace MiniHttp.Generators;

/// <summary>
/// Checks a route template. A template is a literal path, matched byte for byte against the request's raw
/// (not percent-decoded) path, so it may hold only what a client can send there (RFC 3986, section 3.3).
/// </summary>
internal static class RouteTemplate
{
    /// <summary>The diagnostic saying why <paramref name="template"/> is not a literal path, or null when it is one.</summary>
    /// <param name="handler">The handler's display name, for the message.</param>
    /// <param name="location">Where the template is written.</param>
    public static DiagnosticInfo? Check(string? template, string handler, LocationInfo location)
    {
        // A route parameter has a syntax of its own inside the braces ('{id:int}', '{id?}'): not checked until supported.
        if (template is { Length: > 0 } && template[0] == '/' && template.IndexOfAny(['{', '}']) >= 0)
        {
            return DiagnosticInfo.Create(DiagnosticDescriptors.RouteParametersNotSupported, location, Quote(template), handler);
        }

        return FindMalformation(template) is { } reason
            ? DiagnosticInfo.Create(DiagnosticDescriptors.MalformedTemplate, location, Quote(template), handler, reason)
            : null;
    }

    /// <summary>What makes <paramref name="template"/> something other than a literal path, or null.</summary>
    private static string? FindMalformation(string? template)
    {
        if (template is null)
        {
            return "a template is a path and cannot be null";
        }

        if (template.Length == 0 || template[0] != '/')
        {
            return "it must start with '/'";
        }

        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (IsPathCharacter(c))
            {
                continue;
            }

            if (c == '%')
            {
                if (i + 2 < template.Length && IsHexDigit(template[i + 1]) && IsHexDigit(template[i + 2]))
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
    private static string Quote(string? template) => template is null ? "null" : SymbolDisplay.FormatLiteral(template, quote: true);

    // pchar = unreserved / pct-encoded / sub-delims / ":" / "@", plus "/" between segments; '%' is checked apart.
    private static bool IsPathCharacter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '-' or '.' or '_' or '~'
            or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '='
            or ':' or '@' or '/';

    private static bool IsHexDigit(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');
}

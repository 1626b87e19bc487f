using System;
using System.ComponentModel;
using System.Text.RegularExpressions;

namespace MiniHttp.Validation;

/// <summary>
/// The checks of <c>[RegularExpression]</c>, <c>[EmailAddress]</c> and <c>[Url]</c> that generated validators call,
/// with the rules of their DataAnnotations attributes and without allocating.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ValidationChecks
{
    /// <summary>The time <c>[RegularExpression]</c> gives a match by default (its <c>MatchTimeoutInMilliseconds</c>).</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Whether the pattern's first match is the whole of <paramref name="value"/>, as <c>RegularExpressionAttribute</c>
    /// decides. A match that runs out of time counts as no match: the value is refused, not the request failed.
    /// </summary>
    public static bool IsWholeMatch(Regex pattern, string value)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(value);
        try
        {
            foreach (var match in pattern.EnumerateMatches(value))
            {
                return match.Index == 0 && match.Length == value.Length;
            }

            return false;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>One <c>@</c>, neither first nor last, and no line break: what <c>EmailAddressAttribute</c> accepts.</summary>
    public static bool IsEmailAddress(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            return false;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at != value.Length - 1 && at == value.LastIndexOf('@');
    }

    /// <summary>An absolute http, https or ftp address by its scheme, in any case: what <c>UrlAttribute</c> accepts.</summary>
    public static bool IsUrl(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase);
    }
}

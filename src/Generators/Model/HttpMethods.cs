using System;
using System.Collections.Generic;
using System.Linq;

namespace MiniHttp.Generators.Model;

/// <summary>
/// Request methods as the model holds them: their case-sensitive token (RFC 9110, section 9.1), <c>GET</c> or
/// <c>PURGE</c> alike, and how generated code recognises each one.
/// </summary>
internal static class HttpMethods
{
    public const string Get = "GET";
    public const string Head = "HEAD";
    public const string Post = "POST";
    public const string Put = "PUT";
    public const string Delete = "DELETE";
    public const string Patch = "PATCH";
    public const string Options = "OPTIONS";

    /// <summary>The tokens <c>MiniHttp.RequestMethod</c> has a member for, in its declaration order.</summary>
    private static readonly string[] Known = [Get, Head, Post, Put, Delete, Patch, Options, "TRACE", "CONNECT"];

    /// <summary>
    /// The order of <c>Allow</c> lists and of the method cases: <c>RequestMethod</c>'s order, then every other
    /// token in ordinal order.
    /// </summary>
    public static IComparer<string> AllowOrder { get; } = Comparer<string>.Create(static (left, right) =>
    {
        var byKnownIndex = KnownIndex(left).CompareTo(KnownIndex(right));
        return byKnownIndex != 0 ? byKnownIndex : string.CompareOrdinal(left, right);
    });

    /// <summary>
    /// The member of <c>MiniHttp.RequestMethod</c> the request parser sets for <paramref name="token"/>
    /// (<c>Get</c>), or null for a token it reports as <c>Other</c>, which generated code compares byte for byte.
    /// </summary>
    public static string? RequestMethodMember(string token) =>
        KnownIndex(token) < Known.Length ? token[0] + token.Substring(1).ToLowerInvariant() : null;

    /// <summary>An <c>Allow</c> header value: <c>GET, HEAD, OPTIONS</c>.</summary>
    public static string AllowValue(IEnumerable<string> methods) =>
        string.Join(", ", methods.Distinct().OrderBy(static method => method, AllowOrder));

    /// <summary>Whether <paramref name="method"/> is a token (RFC 9110, section 5.6.2), as a request line's method must be.</summary>
    public static bool IsToken(string? method) => method is { Length: > 0 } && method.All(IsTokenCharacter);

    // tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
    private static bool IsTokenCharacter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';

    /// <summary>The index in <see cref="Known"/>, or its length for any other token, which sorts after them all.</summary>
    private static int KnownIndex(string token)
    {
        var index = Array.IndexOf(Known, token);
        return index < 0 ? Known.Length : index;
    }
}

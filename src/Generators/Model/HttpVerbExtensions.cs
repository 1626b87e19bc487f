using System;

namespace MiniHttp.Generators.Model;

/// <summary>How a <see cref="HttpVerb"/> is spelled on the wire and in the runtime.</summary>
internal static class HttpVerbExtensions
{
    /// <summary>The method token, as in a request line and in <c>Allow</c>: <c>GET</c>.</summary>
    public static string Token(this HttpVerb verb) => verb switch
    {
        HttpVerb.Get => "GET",
        HttpVerb.Post => "POST",
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, null),
    };

    /// <summary>The member of <c>MiniHttp.RequestMethod</c> that the request parser sets for it: <c>Get</c>.</summary>
    public static string RequestMethodMember(this HttpVerb verb) => verb switch
    {
        HttpVerb.Get => "Get",
        HttpVerb.Post => "Post",
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, null),
    };
}

using System;

namespace MiniHttp;

/// <summary>
/// Lets browsers call a handler from other origins (the Fetch standard's CORS protocol): on a method, that handler's
/// routes; on a class (a route group, say), each of its handlers' routes, unless the method or a class nearer to it has
/// a <c>[Cors]</c> of its own, which then decides alone.
/// </summary>
/// <remarks>
/// <para>
/// The generated router answers a CORS preflight (<c>OPTIONS</c> with <c>Origin</c> and
/// <c>Access-Control-Request-Method</c>) to a path with <c>204</c> and the <c>Access-Control-Allow-*</c> fields when the
/// origin is allowed, the requested method is one of the path's routes that have this policy, and every requested header
/// is allowed; otherwise with the path's ordinary <c>OPTIONS</c> answer, which a browser takes as a refusal. An actual
/// request from an allowed origin gets <c>Access-Control-Allow-Origin</c> (with <c>Vary: Origin</c> when it names the
/// origin) whatever the response, a filter's <c>401</c> included; from any other origin, nothing.
/// </para>
/// <para>
/// The allowed methods are the methods of the routes the policy applies to, so there is nothing to list twice. The
/// generator checks the policy at compile time: each origin a serialized origin (<c>https://app.example</c>, no path and
/// no trailing <c>/</c>), header names tokens, and never a wildcard with <see cref="AllowCredentials"/>.
/// </para>
/// </remarks>
/// <param name="origins">The allowed origins, exactly as browsers send them (<c>https://app.example:8443</c>); <c>"*"</c> alone for any origin.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class CorsAttribute(params string[] origins) : Attribute
{
    /// <summary>The allowed origins, or <c>"*"</c> alone for any.</summary>
    public string[] Origins { get; } = origins;

    /// <summary>
    /// Whether a request may carry credentials (cookies, <c>Authorization</c>): answered with
    /// <c>Access-Control-Allow-Credentials: true</c>. Not with any origin: the Fetch standard never lets <c>*</c> stand for
    /// an origin when credentials are included.
    /// </summary>
    public bool AllowCredentials { get; set; }

    /// <summary>
    /// The request header fields a preflight may ask for beyond the CORS-safelisted ones (<c>Content-Type</c> for JSON,
    /// <c>Authorization</c>, <c>X-Api-Key</c>), compared without regard to case; <c>"*"</c> alone for any, which the
    /// preflight's answer then echoes. None by default.
    /// </summary>
    public string[] AllowedHeaders { get; set; } = [];

    /// <summary>The response header fields a page's script may read beyond the safelisted ones. None by default.</summary>
    public string[] ExposedHeaders { get; set; } = [];

    /// <summary>How long, in seconds, a browser may keep a preflight's answer (<c>Access-Control-Max-Age</c>); -1, the default, sends none.</summary>
    public int MaxAgeSeconds { get; set; } = -1;
}

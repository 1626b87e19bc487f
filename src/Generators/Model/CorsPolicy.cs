namespace MiniHttp.Generators.Model;

/// <summary>A checked <c>[Cors]</c>: what the generated router's <c>MiniHttp.Cors.CorsPolicy</c> is made of.</summary>
/// <param name="Origins">The allowed origins, or <c>*</c> alone for any.</param>
/// <param name="AllowedHeaders">The request fields a preflight may ask for, or <c>*</c> alone for any.</param>
/// <param name="MaxAgeSeconds">How long a browser may keep a preflight's answer; -1 for no <c>Access-Control-Max-Age</c>.</param>
internal sealed record CorsPolicy(
    EquatableArray<string> Origins,
    bool AllowCredentials,
    EquatableArray<string> AllowedHeaders,
    EquatableArray<string> ExposedHeaders,
    int MaxAgeSeconds);

namespace MiniHttp.Filters.Tests;

/// <summary>A group whose routes browsers on two origins may call with credentials; one route of its own policy.</summary>
[RouteGroup("/cors")]
[Cors(
    "https://app.example",
    "https://admin.example:8443",
    AllowCredentials = true,
    AllowedHeaders = ["Content-Type", "X-Api-Key"],
    ExposedHeaders = ["X-Total"],
    MaxAgeSeconds = 600)]
public static class CorsRoutes
{
    [Get("/items")]
    public static string List() => "items";

    [Post("/items")]
    public static string Add([FromBody] string text) => text;

    [Delete("/items/{id:int}")]
    [RouteFilter<ApiKeyFilter>]
    public static string Remove(int id) => $"removed {id}";

    /// <summary>Any origin, without credentials: the method's own policy replaces the group's.</summary>
    [Get("/public")]
    [Cors("*", AllowedHeaders = ["*"], MaxAgeSeconds = 60)]
    public static string Public() => "public";
}

/// <summary>A path with no policy: a preflight gets the ordinary <c>OPTIONS</c> answer, which browsers take as a refusal.</summary>
public static class PlainRoutes
{
    [Put("/plain")]
    public static string Replace([FromBody] string text) => text;
}

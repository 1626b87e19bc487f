using MiniHttp;

[assembly: JsonContext(typeof(Arena.Json.ArenaJsonContext))]

// The document is generated for --openapi and docs/openapi/arena.json, not served: HttpArena's entry answers its profiles' routes only.
[assembly: OpenApi(Title = "MiniHttp Arena", Version = "1.0", Description = "The HttpArena entry's routes.")]

namespace Arena.Json;

/// <summary>
/// HttpArena's <c>json</c> and <c>json-comp</c> profiles: the first items of the dataset, each with its total price,
/// compressed when the request's Accept-Encoding takes <c>br</c> or <c>gzip</c>. The application loads
/// the dataset at start-up and constructs this class over it; the generated router holds the one instance.
/// </summary>
/// <param name="dataset">The dataset served.</param>
public sealed class JsonRoutes(Dataset dataset)
{
    /// <summary>
    /// <c>GET /json/{count}?m=</c>: <c>{"items":[...],"count":N}</c>, each item with <c>total = price * quantity * m</c>;
    /// fewer items when the dataset has fewer.
    /// </summary>
    [Get("/json/{count:int}")]
    [Compress]
    public PricedItems FirstItems(int count, double m = 1) => dataset.FirstPriced(count, m);
}

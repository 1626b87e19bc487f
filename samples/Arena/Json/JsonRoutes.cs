using MiniHttp;

[assembly: JsonContext(typeof(Arena.Json.ArenaJsonContext))]

namespace Arena.Json;

/// <summary>HttpArena's <c>json</c> profile: the first items of the dataset, each with its total price.</summary>
public static class JsonRoutes
{
    /// <summary>The dataset served; set once at start-up, before the server starts.</summary>
    public static Dataset Dataset { get; set; } = new([]);

    /// <summary>
    /// <c>GET /json/{count}?m=</c>: <c>{"items":[...],"count":N}</c>, each item with <c>total = price * quantity * m</c>;
    /// fewer items when the dataset has fewer.
    /// </summary>
    [Get("/json/{count:int}")]
    public static PricedItems FirstItems(int count, double m = 1) => Dataset.FirstPriced(count, m);
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using MiniHttp;

[assembly: OpenApi("/openapi.json", Title = "MiniHttp OpenAPI tests", Version = "2.0", Description = "Every parameter source and type.")]
[assembly: JsonContext(typeof(MiniHttp.OpenApi.Tests.ApiJsonContext))]

namespace MiniHttp.OpenApi.Tests;

/// <summary>A colour, bound by name.</summary>
public enum Color
{
    Red,
    Green,
    Blue,
}

/// <summary>A shipping priority, written by name in JSON.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Priority>))]
public enum Priority
{
    Low,
    High,
}

/// <summary>An order, as sent and stored.</summary>
/// <param name="Id">The order's number.</param>
/// <param name="Customer">Who placed it.</param>
/// <param name="Lines">What was ordered.</param>
/// <param name="Note">A note from the customer, if any.</param>
public sealed record Order(long Id, Customer Customer, List<OrderLine> Lines, string? Note)
{
    /// <summary>When the order was placed.</summary>
    public DateTimeOffset PlacedAt { get; init; }

    /// <summary>The order's attributes, by name.</summary>
    public Dictionary<string, string> Tags { get; init; } = [];

    public Priority Priority { get; init; }

    [JsonPropertyName("ship_by")]
    public DateOnly? ShipBy { get; init; }

    [JsonIgnore]
    public string Secret { get; init; } = "";
}

/// <summary>One line of an <see cref="Order"/>.</summary>
public sealed class OrderLine
{
    public required string Product { get; init; }

    public int Quantity { get; init; }

    public decimal Price { get; init; }

    public Guid? Coupon { get; init; }

    /// <summary>Lines bundled with this one: the type refers to itself.</summary>
    public OrderLine[]? Bundled { get; init; }
}

public sealed record Customer(string Name, string? Email, Color FavoriteColor);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(List<Order>))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;

/// <summary>Routes of every parameter source and type, and of every kind of result.</summary>
public static class ApiRoutes
{
    /// <summary>Finds the orders that match a filter.</summary>
    /// <remarks>
    /// Every query type the binder parses.
    /// <para>Paging starts at <paramref name="offset"/>; see <see cref="Order"/>.</para>
    /// </remarks>
    /// <param name="offset">How many orders to skip.</param>
    /// <param name="color">Only orders of this colour.</param>
    /// <returns>The matching orders.</returns>
    [Get("/orders")]
    public static List<Order> Find(
        int offset,
        long? since,
        short small,
        uint count,
        ulong big,
        bool? done,
        double ratio,
        decimal amount,
        Guid? id,
        DateTime? after,
        DateTimeOffset? at,
        DateOnly day,
        TimeOnly? time,
        Color color,
        string? text,
        [FromQuery("page-size")] int pageSize = 20) => [];

    /// <summary>One order by number.</summary>
    [Get("/orders/{id:long}")]
    public static Order? ById(long id, [FromHeader("X-Tenant")] string tenant, [FromHeader] int? version) => null;

    /// <summary>Places an order.</summary>
    /// <param name="order">The order to place.</param>
    [Post("/orders")]
    public static HttpResult Place([FromBody] Order order) => HttpResult.Status(201);

    [Put("/orders/{id:guid}/note")]
    public static void Note(Guid id, [FromBody] string note)
    {
    }

    [Post("/orders/{customer}/count")]
    public static int Count(string customer, [FromBody] int? amount) => amount ?? 0;

    [Post("/uploads/{*path}")]
    public static async ValueTask<long> Upload(string path, Stream body, CancellationToken aborted)
    {
        var buffer = new byte[4096];
        long total = 0;
        for (int read; (read = await body.ReadAsync(buffer, aborted)) > 0;)
        {
            total += read;
        }

        return total;
    }

    [Post("/bytes")]
    public static byte[] Echo([FromBody] byte[] body) => body;

    [Get("/ready")]
    public static bool Ready() => true;

    [Get("/stream")]
    public static StreamedResult Stream() => HttpResult.Stream(200, static (_, _) => ValueTask.CompletedTask);

    [Route("PURGE", "/orders")]
    public static void Purge()
    {
    }
}

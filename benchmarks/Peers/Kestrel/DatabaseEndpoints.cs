using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace KestrelPeer;

/// <summary>
/// HttpArena's <c>async-db</c> and <c>fortunes</c> as the Arena sample serves them, the ASP.NET way: the same queries
/// through the same driver and pool settings (Npgsql, <c>DATABASE_URL</c>, <c>DATABASE_MAX_CONN</c>, auto-prepared
/// statements), JSON through a source-generated context, and the page through a Razor slice, which escapes as Razor does.
/// </summary>
internal static class DatabaseEndpoints
{
    private const string ItemsQuery =
        "SELECT id, name, category, price, quantity, active, tags, rating_score, rating_count FROM items WHERE price BETWEEN $1 AND $2 LIMIT $3";

    /// <summary>Maps the two routes when <c>DATABASE_URL</c> is set; without it they are not served.</summary>
    public static void MapDatabaseEndpoints(this WebApplication app)
    {
        if (Environment.GetEnvironmentVariable("DATABASE_URL") is not { } url)
        {
            return;
        }

        var maxConnections = int.Parse(Environment.GetEnvironmentVariable("DATABASE_MAX_CONN") ?? "256", System.Globalization.CultureInfo.InvariantCulture);
        var uri = new Uri(url);
        var credentials = uri.UserInfo.Split(':', 2);
        var dataSource = new NpgsqlSlimDataSourceBuilder(new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port,
            Database = uri.AbsolutePath[1..],
            Username = credentials[0],
            Password = credentials[1],
            MaxPoolSize = maxConnections,
            MaxAutoPrepare = 4,
            SslMode = SslMode.Disable,
            ApplicationName = "kestrel-peer",
        }.ConnectionString).EnableJsonTypes().Build();

        app.MapGet("/async-db", (int? min, int? max, int? limit, CancellationToken aborted) => Items(dataSource, min ?? 10, max ?? 50, Math.Clamp(limit ?? 50, 1, 50), aborted));
        app.MapGet("/fortunes", (CancellationToken aborted) => Fortunes(dataSource, aborted));
    }

    private static async Task<IResult> Items(NpgsqlDataSource dataSource, int min, int max, int limit, CancellationToken aborted)
    {
        await using var connection = await dataSource.OpenConnectionAsync(aborted);
        await using var command = new NpgsqlCommand(ItemsQuery, connection)
        {
            Parameters =
            {
                new NpgsqlParameter<int> { TypedValue = min },
                new NpgsqlParameter<int> { TypedValue = max },
                new NpgsqlParameter<int> { TypedValue = limit },
            },
        };
        await using var reader = await command.ExecuteReaderAsync(aborted);
        var items = new List<Item>(limit);
        while (await reader.ReadAsync(aborted))
        {
            items.Add(new Item(
                reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetBoolean(5),
                reader.GetString(6), new Rating(reader.GetInt32(7), reader.GetInt32(8))));
        }

        return Results.Json(new ItemList(items, items.Count), DatabaseJsonContext.Default.ItemList);
    }

    private static async Task<IResult> Fortunes(NpgsqlDataSource dataSource, CancellationToken aborted)
    {
        var fortunes = new List<Fortune>(256);
        await using (var connection = await dataSource.OpenConnectionAsync(aborted))
        {
            await using var command = new NpgsqlCommand("SELECT id, message FROM fortune", connection);
            await using var reader = await command.ExecuteReaderAsync(aborted);
            while (await reader.ReadAsync(aborted))
            {
                fortunes.Add(new Fortune(reader.GetInt32(0), reader.GetString(1)));
            }
        }

        fortunes.Add(new Fortune(0, "Additional fortune added at request time."));
        fortunes.Sort(static (left, right) => string.CompareOrdinal(left.Message, right.Message));
        return Slices.Fortunes.Create(fortunes);
    }
}

internal sealed record Item(int Id, string Name, string Category, int Price, int Quantity, bool Active, [property: JsonConverter(typeof(RawJson))] string Tags, Rating Rating);

internal sealed record Rating(int Score, int Count);

internal sealed record ItemList(List<Item> Items, int Count);

public sealed record Fortune(int Id, string Message);

/// <summary>A <c>jsonb</c> column's text, written as the JSON it is.</summary>
internal sealed class RawJson : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteRawValue(value, skipInputValidation: true);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ItemList))]
internal sealed partial class DatabaseJsonContext : JsonSerializerContext;

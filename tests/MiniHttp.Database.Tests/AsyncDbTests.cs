using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;

namespace MiniHttp.Database.Tests;

/// <summary>
/// HttpArena's <c>async-db</c> rules against the real table: the shape validate.sh checks, every value as the row
/// holds it, the defaults and the clamping of <c>limit</c>.
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed class AsyncDbTests(PostgresCluster database)
{
    [Theory]
    // validate.sh's documented combinations.
    [InlineData(5, 80, 7)]
    [InlineData(20, 150, 18)]
    [InlineData(100, 400, 33)]
    [InlineData(10, 50, 50)]
    public async Task Answers_limit_items_of_the_range_each_as_its_row(int min, int max, int limit)
    {
        await using var server = ArenaDatabaseServer.Start(database.DatabaseUrl);

        using var response = await server.Client.GetAsync($"/async-db?min={min}&max={max}&limit={limit}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = document.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(limit, document.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(limit, items.Count);
        var rows = await RowsAsync(items.Select(item => item.GetProperty("id").GetInt32()));
        foreach (var item in items)
        {
            Assert.Equal(["id", "name", "category", "price", "quantity", "active", "tags", "rating"], item.EnumerateObject().Select(p => p.Name));
            var row = rows[item.GetProperty("id").GetInt32()];
            Assert.Equal(row.Name, item.GetProperty("name").GetString());
            Assert.Equal(row.Category, item.GetProperty("category").GetString());
            Assert.InRange(item.GetProperty("price").GetInt32(), min, max);
            Assert.Equal(row.Price, item.GetProperty("price").GetInt32());
            Assert.Equal(row.Quantity, item.GetProperty("quantity").GetInt32());
            Assert.Equal(row.Active, item.GetProperty("active").GetBoolean());
            Assert.Equal(JsonValueKind.Array, item.GetProperty("tags").ValueKind);
            Assert.Equal(row.Tags, item.GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()!).ToArray());
            Assert.Equal(row.Score, item.GetProperty("rating").GetProperty("score").GetInt32());
            Assert.Equal(row.Count, item.GetProperty("rating").GetProperty("count").GetInt32());
        }
    }

    [Fact]
    public async Task Answers_an_empty_range_with_no_items()
    {
        await using var server = ArenaDatabaseServer.Start(database.DatabaseUrl);

        var body = await server.Client.GetStringAsync("/async-db?min=9999&max=9999&limit=50");

        Assert.Equal("""{"items":[],"count":0}""", body);
    }

    [Theory]
    [InlineData("", 10, 50, 50)]
    [InlineData("?limit=0", 10, 50, 1)]
    [InlineData("?limit=-7", 10, 50, 1)]
    [InlineData("?limit=5000", 10, 50, 50)]
    [InlineData("?min=300&limit=3", 300, 50, 0)]
    [InlineData("?max=400&min=390", 390, 400, 50)]
    public async Task Defaults_a_missing_parameter_and_clamps_the_limit(string query, int min, int max, int expectedCount)
    {
        await using var server = ArenaDatabaseServer.Start(database.DatabaseUrl);

        using var document = JsonDocument.Parse(await server.Client.GetStringAsync("/async-db" + query));

        Assert.Equal(expectedCount, document.RootElement.GetProperty("count").GetInt32());
        Assert.All(document.RootElement.GetProperty("items").EnumerateArray(), item => Assert.InRange(item.GetProperty("price").GetInt32(), min, max));
    }

    [Theory]
    [InlineData("?min=ten", "Query parameter 'min' is not a valid int.")]
    [InlineData("?limit=1.5", "Query parameter 'limit' is not a valid int.")]
    public async Task Refuses_a_parameter_that_is_not_an_integer(string query, string reason)
    {
        await using var server = ArenaDatabaseServer.Start(database.DatabaseUrl);

        using var response = await server.Client.GetAsync("/async-db" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(reason, await response.Content.ReadAsStringAsync());
    }

    private async Task<Dictionary<int, Row>> RowsAsync(IEnumerable<int> ids)
    {
        await using var command = database.Admin.CreateCommand(
            "SELECT id, name, category, price, quantity, active, tags::text, rating_score, rating_count FROM items WHERE id = ANY($1)");
        command.Parameters.Add(new Npgsql.NpgsqlParameter<int[]> { TypedValue = ids.ToArray() });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<int, Row>();
        while (await reader.ReadAsync())
        {
            rows[reader.GetInt32(0)] = new Row(
                reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetBoolean(5),
                JsonSerializer.Deserialize(reader.GetString(6), TestJsonContext.Default.StringArray)!, reader.GetInt32(7), reader.GetInt32(8));
        }

        return rows;
    }

    private sealed record Row(string Name, string Category, int Price, int Quantity, bool Active, string[] Tags, int Score, int Count);
}

using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Arena.Json;
using MiniHttp.Generated;

namespace MiniHttp.EndToEnd.Tests;

/// <summary>
/// HttpArena's <c>json</c> profile over a real connection, against the dataset <see cref="ArenaServerFixture"/> writes
/// and the sample's <see cref="JsonRoutes"/> instance serves.
/// </summary>
public sealed class ArenaJsonTests : IClassFixture<ArenaServerFixture>, IDisposable
{
    private const int DatasetSize = ArenaServerFixture.DatasetSize;

    private readonly HttpClient _client;

    public ArenaJsonTests(ArenaServerFixture arena) =>
        _client = new HttpClient { BaseAddress = arena.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    [InlineData(DatasetSize, DatasetSize)]
    [InlineData(50, DatasetSize)]
    public async Task The_first_items_are_answered_with_their_count(int count, int expectedCount)
    {
        using var response = await _client.GetAsync($"/json/{count}?m=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(expectedCount, answer.RootElement.GetProperty("count").GetInt32());
        var ids = answer.RootElement.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetInt32());
        Assert.Equal(Enumerable.Range(1, expectedCount), ids);
    }

    [Theory]
    [InlineData("?m=1", 1)]
    [InlineData("?m=3", 3)]
    [InlineData("?m=2.5", 2.5)]
    [InlineData("", 1)]
    public async Task Each_item_keeps_its_fields_and_gains_its_total(string query, double multiplier)
    {
        using var response = await _client.GetAsync($"/json/{DatasetSize}{query}");

        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = answer.RootElement.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(DatasetSize, items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var (id, price, quantity) = (i + 1, Price(i + 1), Quantity(i + 1));
            Assert.Equal(id, items[i].GetProperty("id").GetInt32());
            Assert.Equal($"Item {id}", items[i].GetProperty("name").GetString());
            Assert.Equal(id % 2 == 0 ? "tools" : "books", items[i].GetProperty("category").GetString());
            Assert.Equal(price, items[i].GetProperty("price").GetDouble());
            Assert.Equal(quantity, items[i].GetProperty("quantity").GetInt32());
            Assert.Equal(id % 3 != 0, items[i].GetProperty("active").GetBoolean());
            Assert.Equal(["t" + id, "common"], items[i].GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()));
            Assert.Equal(id * 0.5, items[i].GetProperty("rating").GetProperty("score").GetDouble());
            Assert.Equal(id * 10, items[i].GetProperty("rating").GetProperty("count").GetInt32());
            Assert.Equal(price * quantity * multiplier, items[i].GetProperty("total").GetDouble());
        }
    }

    [Fact]
    public async Task A_multiplier_that_is_not_a_number_is_a_bad_request_on_a_kept_connection()
    {
        using var bad = await _client.GetAsync("/json/2?m=many");
        using var good = await _client.GetAsync("/json/2?m=2");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("Query parameter 'm' is not a valid double.", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
    }

    [Fact]
    public async Task A_count_that_is_not_an_int_matches_no_route()
    {
        using var response = await _client.GetAsync("/json/two");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void A_server_of_the_samples_router_needs_the_router_the_application_constructs()
    {
        var options = new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) };

        var exception = Assert.Throws<ArgumentException>(() => new HttpServer<Router>(options));

        Assert.Equal("options", exception.ParamName);
    }

    public void Dispose() => _client.Dispose();

    private static double Price(int id) => ArenaServerFixture.Price(id);

    private static int Quantity(int id) => ArenaServerFixture.Quantity(id);
}

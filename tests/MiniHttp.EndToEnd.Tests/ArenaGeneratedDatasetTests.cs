using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Arena.Database;
using Arena.Json;
using MiniHttp.Generated;

namespace MiniHttp.EndToEnd.Tests;

/// <summary>
/// The items the sample serves when HttpArena's dataset is not mounted: as many as HttpArena's, of the same shape, each
/// made from its id alone.
/// </summary>
public sealed class ArenaGeneratedDatasetTests : IAsyncLifetime, IDisposable
{
    private readonly HttpServer<Router> _server = new(
        new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) },
        new Router(new DatabaseRoutes(null), new JsonRoutes(new Dataset(GeneratedItems.Create()))));

    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _server.Start();
        _client = new HttpClient { BaseAddress = new Uri($"http://{_server.LocalEndPoint}"), Timeout = TimeSpan.FromSeconds(10) };
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_item_is_answered_with_each_field_of_HttpArenas_items_and_its_total()
    {
        using var answer = JsonDocument.Parse(await _client.GetStringAsync("/json/50?m=3"));

        var items = answer.RootElement.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(50, answer.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(Enumerable.Range(1, 50), items.Select(static item => item.GetProperty("id").GetInt32()));
        foreach (var item in items)
        {
            var expected = GeneratedItems.Item(item.GetProperty("id").GetInt32());
            Assert.Equal(expected.Name, item.GetProperty("name").GetString());
            Assert.Equal(expected.Category, item.GetProperty("category").GetString());
            Assert.Equal(expected.Quantity, item.GetProperty("quantity").GetInt32());
            Assert.Equal(expected.Active, item.GetProperty("active").GetBoolean());
            Assert.Equal(expected.Tags, item.GetProperty("tags").EnumerateArray().Select(static tag => tag.GetString()));
            Assert.Equal(expected.Rating.Count, item.GetProperty("rating").GetProperty("count").GetInt32());
            // Whole numbers, as HttpArena's prices and scores are: no fraction on the wire.
            Assert.Equal((int)expected.Price, item.GetProperty("price").GetInt32());
            Assert.Equal((int)expected.Rating.Score, item.GetProperty("rating").GetProperty("score").GetInt32());
            Assert.Equal(expected.Price * expected.Quantity * 3, item.GetProperty("total").GetDouble());
        }
    }

    [Fact]
    public async Task A_count_past_the_items_answers_all_of_them()
    {
        using var answer = JsonDocument.Parse(await _client.GetStringAsync("/json/80?m=1"));

        Assert.Equal(GeneratedItems.Count, answer.RootElement.GetProperty("count").GetInt32());
    }

    public async Task DisposeAsync() => await _server.StopAsync();

    public void Dispose() => _client.Dispose();
}

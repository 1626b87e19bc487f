using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Arena.Database;
using Arena.Json;
using MiniHttp.Generated;

namespace MiniHttp.EndToEnd.Tests;

/// <summary>
/// The Arena sample's routes served by a real server on a loopback port the OS picks, its <c>json</c> profile over a
/// dataset of the same shape as HttpArena's that the fixture writes to a file and loads, as the sample loads
/// <c>/data/dataset.json</c>.
/// </summary>
public sealed class ArenaServerFixture : IAsyncLifetime
{
    /// <summary>How many items the dataset has.</summary>
    public const int DatasetSize = 7;

    private readonly string _datasetFile = Path.GetTempFileName();

    public ArenaServerFixture()
    {
        File.WriteAllText(_datasetFile, DatasetJson());
        Server = new HttpServer<Router>(
            new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) },
            new Router(new DatabaseRoutes(null), new JsonRoutes(Dataset.Load(_datasetFile))));
    }

    /// <summary>The sample's router over an empty dataset, for a server of a test's own that does not serve <c>/json</c>.</summary>
    internal static Router RouterWithoutDataset => new(new DatabaseRoutes(null), new JsonRoutes(new Dataset([])));

    internal HttpServer<Router> Server { get; }

    public IPEndPoint EndPoint => Server.LocalEndPoint;

    public Uri BaseAddress => new($"http://{EndPoint}");

    /// <summary>The price of the dataset's item <paramref name="id"/>.</summary>
    public static double Price(int id) => id * 10 + 0.25;

    /// <summary>The quantity of the dataset's item <paramref name="id"/>.</summary>
    public static int Quantity(int id) => id * 3;

    public Task InitializeAsync()
    {
        Server.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Server.StopAsync();
        File.Delete(_datasetFile);
    }

    private static string DatasetJson() => "[" + string.Join(",", Enumerable.Range(1, DatasetSize).Select(id => string.Create(
        CultureInfo.InvariantCulture,
        $$$"""{"id":{{{id}}},"name":"Item {{{id}}}","category":"{{{(id % 2 == 0 ? "tools" : "books")}}}","price":{{{Price(id)}}},"quantity":{{{Quantity(id)}}},"active":{{{(id % 3 != 0 ? "true" : "false")}}},"tags":["t{{{id}}}","common"],"rating":{"score":{{{id * 0.5}}},"count":{{{id * 10}}}}}"""))) + "]";
}

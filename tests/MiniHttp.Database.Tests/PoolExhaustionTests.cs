using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Net;
using System.Threading.Tasks;

namespace MiniHttp.Database.Tests;

/// <summary>
/// More clients than pooled connections: the requests that find every connection busy wait in the pool for its timeout
/// and are answered <c>503</c> with <c>Retry-After</c>, the server goes on answering other routes, Npgsql's pool
/// metrics show the pool full, and the requests that had connections complete once the database lets them.
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed class PoolExhaustionTests(PostgresCluster database)
{
    private const int PoolSize = 2;
    private const int Extra = 3;

    [Fact]
    public async Task Requests_past_the_pool_are_answered_503_and_the_rest_complete()
    {
        await using var server = ArenaDatabaseServer.Start(database.DatabaseUrl, maxConnections: PoolSize, poolTimeout: TimeSpan.FromSeconds(1));
        await using var locker = await database.Admin.OpenConnectionAsync();
        var transaction = await DatabaseActivity.LockItemsAsync(locker);

        var holding = Enumerable.Range(0, PoolSize).Select(_ => server.Client.GetAsync("/async-db?limit=3")).ToArray();
        await DatabaseActivity.WaitForBlockedQueriesAsync(database.Admin, PoolSize);
        var pool = PoolMetrics();
        var refused = await Task.WhenAll(Enumerable.Range(0, Extra).Select(_ => server.Client.GetAsync("/async-db?limit=3")));
        var other = await server.Client.GetStringAsync("/baseline11?a=1&b=2");
        await transaction.RollbackAsync();
        var completed = await Task.WhenAll(holding).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(PoolSize, pool["db.client.connection.max"]);
        Assert.Equal(PoolSize, pool["db.client.connection.count/used"]);
        foreach (var response in refused)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("Every database connection is busy.", await response.Content.ReadAsStringAsync());
            Assert.Equal("1", Assert.Single(response.Headers.GetValues("Retry-After")));
        }

        Assert.Equal("3", other);
        Assert.All(completed, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
    }

    /// <summary>Npgsql's pool gauges for the Arena's pool now (its pool name is its connection string, which names the application).</summary>
    private static Dictionary<string, long> PoolMetrics()
    {
        var values = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, meters) =>
        {
            if (instrument.Meter.Name == "Npgsql" && instrument.Name is "db.client.connection.max" or "db.client.connection.count")
            {
                meters.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) =>
        {
            string? pool = null, state = null;
            foreach (var tag in tags)
            {
                pool = tag.Key == "db.client.connection.pool.name" ? tag.Value as string : pool;
                state = tag.Key == "db.client.connection.state" ? tag.Value as string : state;
            }

            if (pool?.Contains("minihttp-arena", StringComparison.Ordinal) == true)
            {
                values.AddOrUpdate(state is null ? instrument.Name : $"{instrument.Name}/{state}", value, (_, sum) => sum + value);
            }
        });
        listener.Start();
        listener.RecordObservableInstruments();
        return new Dictionary<string, long>(values);
    }
}

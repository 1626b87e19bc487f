using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace MiniHttp.Database.Tests;

/// <summary>
/// No database, a database that is down, and one that restarts under a running server: the routes answer <c>503</c>
/// (no connection) or <c>500</c> (a connection that broke mid-request) with nothing of the failure on the wire, the
/// other routes serve throughout, and the same server recovers once the database is back.
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed class DatabaseFailureTests(PostgresCluster database)
{
    [Theory]
    [InlineData("/async-db")]
    [InlineData("/fortunes")]
    public async Task Without_a_database_the_routes_answer_503_and_the_rest_serves(string path)
    {
        await using var server = ArenaDatabaseServer.Start(databaseUrl: null);

        using var response = await server.Client.GetAsync(path);
        var other = await server.Client.GetStringAsync("/baseline11?a=1&b=2");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("No database: set DATABASE_URL (postgres://user:password@host:port/database).", await response.Content.ReadAsStringAsync());
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("Retry-After")));
        Assert.Equal("3", other);
    }

    [Fact]
    public async Task A_database_that_refuses_connections_is_503()
    {
        int closedPort;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        await using var server = ArenaDatabaseServer.Start($"postgres://bench:bench@127.0.0.1:{closedPort}/benchmark");

        using var response = await server.Client.GetAsync("/fortunes");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("The database is unavailable.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_database_restart_fails_requests_without_detail_and_the_server_recovers()
    {
        await using var server = ArenaDatabaseServer.Start(database.DatabaseUrl, maxConnections: 4);
        using (var before = await server.Client.GetAsync("/async-db?limit=5"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await database.StopAsync();
        try
        {
            for (var i = 0; i < 6; i++)
            {
                using var response = await server.Client.GetAsync(i % 2 == 0 ? "/async-db?limit=5" : "/fortunes");
                var body = await response.Content.ReadAsStringAsync();
                Assert.Contains(response.StatusCode, new[] { HttpStatusCode.InternalServerError, HttpStatusCode.ServiceUnavailable });
                Assert.DoesNotContain("npgsql", body, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("exception", body, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("postgres", body, StringComparison.OrdinalIgnoreCase);
                Assert.Equal("3", await server.Client.GetStringAsync("/baseline11?a=1&b=2"));
            }
        }
        finally
        {
            await database.StartAsync();
        }

        // The pool finds the database again on its own: the broken connections were dropped, new ones are opened.
        var recovered = await FirstOkAsync(server.Client, "/async-db?limit=5");
        Assert.Equal(HttpStatusCode.OK, recovered);
        using var fortunes = await server.Client.GetAsync("/fortunes");
        Assert.Equal(HttpStatusCode.OK, fortunes.StatusCode);
    }

    private static async Task<HttpStatusCode> FirstOkAsync(HttpClient client, string path)
    {
        var status = default(HttpStatusCode);
        for (var attempt = 0; attempt < 100 && status != HttpStatusCode.OK; attempt++)
        {
            using var response = await client.GetAsync(path);
            status = response.StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(100);
            }
        }

        return status;
    }
}

using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace MiniHttp.Database.Tests;

/// <summary>
/// A client that leaves cancels its query in the database: the handler's <see cref="System.Threading.CancellationToken"/>
/// (<c>HttpRequest.Aborted</c>) fires on the disconnect, Npgsql sends PostgreSQL a cancel request, and the session is
/// idle again while the query could still not have finished by itself.
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed class CancellationTests(PostgresCluster database)
{
    [Fact]
    public async Task A_client_that_leaves_cancels_its_query_in_the_database()
    {
        await using var server = ArenaDatabaseServer.Start(database.DatabaseUrl);
        await using var locker = await database.Admin.OpenConnectionAsync();
        await using var transaction = await DatabaseActivity.LockItemsAsync(locker);

        using var client = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(server.Server.LocalEndPoint);
        await client.SendAsync(Encoding.ASCII.GetBytes("GET /async-db?limit=5 HTTP/1.1\r\nHost: arena\r\n\r\n"));
        var pid = Assert.Single(await DatabaseActivity.WaitForBlockedQueriesAsync(database.Admin, 1));

        client.Close();
        var state = await DatabaseActivity.WaitUntilNotActiveAsync(database.Admin, pid);

        // Back in the pool, idle, while the lock that held its query is still taken.
        Assert.Equal("idle", state);
        await using var locks = database.Admin.CreateCommand(
            "SELECT count(*) FROM pg_locks WHERE relation = 'items'::regclass AND mode = 'AccessExclusiveLock' AND granted");
        Assert.Equal(1L, await locks.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Many_clients_that_leave_mid_query_leave_the_pool_whole_and_the_server_answering()
    {
        const int PoolSize = 4;
        await using var server = ArenaDatabaseServer.Start(database.DatabaseUrl, maxConnections: PoolSize);
        await using var locker = await database.Admin.OpenConnectionAsync();
        var transaction = await DatabaseActivity.LockItemsAsync(locker);

        // Four hold the pool's connections in the database, twelve more wait in the pool; all leave.
        var clients = Enumerable.Range(0, 4 * PoolSize).Select(_ => new Socket(SocketType.Stream, ProtocolType.Tcp)).ToArray();
        foreach (var client in clients)
        {
            await client.ConnectAsync(server.Server.LocalEndPoint);
            await client.SendAsync(Encoding.ASCII.GetBytes("GET /async-db?limit=3 HTTP/1.1\r\nHost: arena\r\n\r\n"));
        }

        var pids = await DatabaseActivity.WaitForBlockedQueriesAsync(database.Admin, PoolSize);
        foreach (var client in clients)
        {
            client.Dispose();
        }

        foreach (var pid in pids)
        {
            Assert.Equal("idle", await DatabaseActivity.WaitUntilNotActiveAsync(database.Admin, pid));
        }

        await transaction.RollbackAsync();
        using var response = await server.Client.GetAsync("/async-db?limit=2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

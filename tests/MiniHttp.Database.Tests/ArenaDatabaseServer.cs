using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Arena.Database;
using Arena.Json;
using MiniHttp.Generated;
using Npgsql;

namespace MiniHttp.Database.Tests;

/// <summary>The Arena's router over a pool of its own, served on a loopback port the OS picks.</summary>
internal sealed class ArenaDatabaseServer : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _dataSource;

    private ArenaDatabaseServer(NpgsqlDataSource? dataSource)
    {
        _dataSource = dataSource;
        Server = new HttpServer<Router>(
            new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) },
            new Router(new DatabaseRoutes(dataSource), new JsonRoutes(new Dataset([]))));
        Server.Start();
        Client = new HttpClient { BaseAddress = new Uri($"http://{Server.LocalEndPoint}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpServer<Router> Server { get; }

    public HttpClient Client { get; }

    public static ArenaDatabaseServer Start(string? databaseUrl, int maxConnections = 8, TimeSpan? poolTimeout = null) =>
        new(databaseUrl is null ? null : ArenaDatabase.Create(databaseUrl, maxConnections, poolTimeout));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.StopAsync();
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }
}

using System;
using Npgsql;

namespace Arena.Database;

/// <summary>The Arena's PostgreSQL pool: one <see cref="NpgsqlDataSource"/> for the process, built from HttpArena's variables.</summary>
public static class ArenaDatabase
{
    /// <summary>
    /// How long a request waits for a pooled connection when all are busy before it is answered <c>503</c>. Each
    /// connection of the server has at most one request in its handler, so at most as many requests wait as there are
    /// connections; this bounds how long each waits.
    /// </summary>
    public static readonly TimeSpan DefaultPoolTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A pool of at most <paramref name="maxConnections"/> connections to <paramref name="url"/>. Nothing connects
    /// yet: the first request opens the first connection, so a database that comes up after the server is found then.
    /// </summary>
    /// <exception cref="FormatException"><paramref name="url"/> is not a PostgreSQL URL.</exception>
    public static NpgsqlDataSource Create(string url, int maxConnections, TimeSpan? poolTimeout = null)
    {
        var connectionString = DatabaseUrl.Parse(url, maxConnections);
        connectionString.Timeout = (int)Math.Ceiling((poolTimeout ?? DefaultPoolTimeout).TotalSeconds);
        return new NpgsqlSlimDataSourceBuilder(connectionString.ConnectionString).EnableJsonTypes().Build();
    }
}

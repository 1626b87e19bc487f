using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Arena.Json;
using MiniHttp;
using Npgsql;

namespace Arena.Database;

/// <summary>
/// HttpArena's <c>async-db</c> and <c>fortunes</c> profiles over one Npgsql pool. The application builds the pool from
/// <c>DATABASE_URL</c> and constructs this class over it (or over none, when no database is configured), and the
/// generated router holds the one instance.
/// </summary>
/// <remarks>
/// Failures are answered by what they mean to a client: no database configured, no connection to be had (the server is
/// down, or every pooled connection stayed busy for the pool's timeout) are <c>503</c> with <c>Retry-After</c>, since
/// the same request may well succeed shortly; a failure once the query runs is a bug or a database fault mid-request,
/// left to the server's <c>500</c>, which sends no detail and logs the exception. A client that leaves cancels the
/// query: the token reaches Npgsql, which sends PostgreSQL a cancel request.
/// </remarks>
/// <param name="dataSource">The pool, or <see langword="null"/> when the process has no database.</param>
public sealed class DatabaseRoutes(NpgsqlDataSource? dataSource)
{
    /// <summary>The row <c>/fortunes</c> adds to the table's at request time.</summary>
    public const string RuntimeFortune = "Additional fortune added at request time.";

    private const string ItemsQuery =
        "SELECT id, name, category, price, quantity, active, tags, rating_score, rating_count FROM items WHERE price BETWEEN $1 AND $2 LIMIT $3";

    private const string FortunesQuery = "SELECT id, message FROM fortune";

    private static readonly HttpResult s_noDatabase = Unavailable("No database: set DATABASE_URL (postgres://user:password@host:port/database).");

    private static readonly HttpResult s_databaseUnavailable = Unavailable("The database is unavailable.");

    private static readonly HttpResult s_poolExhausted = Unavailable("Every database connection is busy.");

    /// <summary>
    /// <c>GET /async-db?min=&amp;max=&amp;limit=</c>: up to <paramref name="limit"/> (clamped to 1–50) items priced from
    /// <paramref name="min"/> to <paramref name="max"/>, as <c>{"items":[...],"count":N}</c>.
    /// </summary>
    [Get("/async-db")]
    public async Task<HttpResult> Items(CancellationToken aborted, int min = 10, int max = 50, int limit = 50)
    {
        var (connection, failure) = await OpenAsync(aborted).ConfigureAwait(false);
        if (connection is null)
        {
            return failure;
        }

        limit = Math.Clamp(limit, 1, 50);
        await using (connection.ConfigureAwait(false))
        {
            await using var command = new NpgsqlCommand(ItemsQuery, connection)
            {
                Parameters =
                {
                    new NpgsqlParameter<int> { TypedValue = min },
                    new NpgsqlParameter<int> { TypedValue = max },
                    new NpgsqlParameter<int> { TypedValue = limit },
                },
            };
            await using var reader = await command.ExecuteReaderAsync(aborted).ConfigureAwait(false);
            var items = new List<DatabaseItem>(limit);
            while (await reader.ReadAsync(aborted).ConfigureAwait(false))
            {
                items.Add(new DatabaseItem(
                    reader.GetInt32(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetInt32(3),
                    reader.GetInt32(4),
                    reader.GetBoolean(5),
                    reader.GetString(6),
                    new DatabaseRating(reader.GetInt32(7), reader.GetInt32(8))));
            }

            return HttpResult.Json(new DatabaseItems([.. items], items.Count), ArenaJsonContext.Default.DatabaseItems);
        }
    }

    /// <summary>
    /// <c>GET /fortunes</c>: every row of the <c>fortune</c> table and <see cref="RuntimeFortune"/> (id 0), sorted by
    /// message in ordinal order, as an HTML table.
    /// </summary>
    [Get("/fortunes")]
    public async Task<HttpResult> Fortunes(CancellationToken aborted)
    {
        var (connection, failure) = await OpenAsync(aborted).ConfigureAwait(false);
        if (connection is null)
        {
            return failure;
        }

        var fortunes = new List<Fortune>(256);
        await using (connection.ConfigureAwait(false))
        {
            await using var command = new NpgsqlCommand(FortunesQuery, connection);
            await using var reader = await command.ExecuteReaderAsync(aborted).ConfigureAwait(false);
            while (await reader.ReadAsync(aborted).ConfigureAwait(false))
            {
                fortunes.Add(new Fortune(reader.GetInt32(0), reader.GetString(1)));
            }
        }

        fortunes.Add(new Fortune(0, RuntimeFortune));
        fortunes.Sort(static (left, right) => string.CompareOrdinal(left.Message, right.Message));
        return FortunesPage.Render(fortunes);
    }

    /// <summary>A connection from the pool, or the <c>503</c> that says why there is none.</summary>
    private async ValueTask<(NpgsqlConnection? Connection, HttpResult Failure)> OpenAsync(CancellationToken aborted)
    {
        if (dataSource is null)
        {
            return (null, s_noDatabase);
        }

        try
        {
            return (await dataSource.OpenConnectionAsync(aborted).ConfigureAwait(false), default);
        }
        catch (NpgsqlException e) when (!aborted.IsCancellationRequested)
        {
            // The pool's wait for a free connection ended at its Timeout: back-pressure, not a fault.
            return (null, e.InnerException is TimeoutException ? s_poolExhausted : s_databaseUnavailable);
        }
    }

    private static HttpResult Unavailable(string reason) => HttpResult.Text(503, reason).WithHeader("Retry-After", "1");
}

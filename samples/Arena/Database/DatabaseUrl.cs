using System;
using System.Globalization;
using Npgsql;

namespace Arena.Database;

/// <summary>
/// Turns the <c>DATABASE_URL</c> HttpArena passes (<c>postgres://bench:bench@localhost:5432/benchmark</c>) into the
/// keyword connection string Npgsql reads, which has no URL form of its own.
/// </summary>
public static class DatabaseUrl
{
    /// <summary>
    /// The connection string for <paramref name="url"/>, its pool at most <paramref name="maxConnections"/> connections.
    /// </summary>
    /// <exception cref="FormatException">The URL is not a <c>postgres://</c> or <c>postgresql://</c> URL with a host and a database.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string url, int maxConnections)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxConnections);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql")
            || uri.Host.Length == 0 || uri.AbsolutePath.Length < 2)
        {
            throw new FormatException("DATABASE_URL must look like postgres://user:password@host:port/database.");
        }

        var credentials = uri.UserInfo.Split(':', 2);
        return new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath[1..]),
            Username = credentials[0].Length == 0 ? null : Uri.UnescapeDataString(credentials[0]),
            Password = credentials.Length == 2 ? Uri.UnescapeDataString(credentials[1]) : null,
            MaxPoolSize = maxConnections,
            // The two queries are prepared on each connection the first time it runs them, then reused.
            MaxAutoPrepare = 4,
            // A connection back in the pool is not reset (DISCARD ALL): the routes leave no session state behind. That also
            // keeps Npgsql from prepending the reset to the next query, whose reply it reads before honouring a
            // cancellation; a cancellation that arrives then is sent by the reading continuation itself, synchronously,
            // which on a socket event thread (inline completions) waits for that very thread for ever.
            NoResetOnClose = true,
            // Loopback or a private network: the benchmark's database has no certificate to check.
            SslMode = SslMode.Disable,
            ApplicationName = "minihttp-arena",
        };
    }

    /// <summary><c>DATABASE_MAX_CONN</c>: the pool's size, HttpArena's 256 when it is not set.</summary>
    public static int MaxConnections(string? value) =>
        value is null ? 256
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 ? count
        : throw new FormatException($"DATABASE_MAX_CONN '{value}' is not a positive whole number.");
}

using System;
using System.Threading.Tasks;
using Npgsql;

namespace MiniHttp.Database.Tests;

/// <summary>What the server's sessions are doing, read from <c>pg_stat_activity</c>, and a lock that holds their queries.</summary>
internal static class DatabaseActivity
{
    private const int Attempts = 300;

    /// <summary>Holds <c>items</c> in an open transaction, so every query of it waits until the transaction ends.</summary>
    public static async Task<NpgsqlTransaction> LockItemsAsync(NpgsqlConnection connection)
    {
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("LOCK TABLE items IN ACCESS EXCLUSIVE MODE", connection, transaction);
        await command.ExecuteNonQueryAsync();
        return transaction;
    }

    /// <summary>Waits, up to about 30 seconds, until <paramref name="count"/> of the Arena's sessions wait for a lock; their pids.</summary>
    public static async Task<int[]> WaitForBlockedQueriesAsync(NpgsqlDataSource admin, int count)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            await using var command = admin.CreateCommand(
                "SELECT array_agg(pid) FROM pg_stat_activity WHERE application_name = 'minihttp-arena' AND state = 'active' AND wait_event_type = 'Lock'");
            if (await command.ExecuteScalarAsync() is int[] pids && pids.Length >= count)
            {
                return pids;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{count} queries of the server never waited for the lock.");
    }

    /// <summary>The state of session <paramref name="pid"/> once it is no longer <c>active</c>, waiting up to about 30 seconds.</summary>
    public static async Task<string?> WaitUntilNotActiveAsync(NpgsqlDataSource admin, int pid)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            await using var command = admin.CreateCommand("SELECT state FROM pg_stat_activity WHERE pid = $1");
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = pid });
            var state = await command.ExecuteScalarAsync() as string;
            if (state != "active")
            {
                return state;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Session {pid} stayed active.");
    }
}

using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Npgsql;

namespace MiniHttp.Database.Tests;

/// <summary>
/// One real PostgreSQL for the whole assembly: tests/database/cluster.sh makes a cluster in a temporary folder, on a free
/// loopback port, seeded with HttpArena's <c>items</c> and our <c>fortune</c> rows, and stops it by its pid at the end.
/// Without PostgreSQL installed (or HttpArena's scripts beside the repository) the fixture throws, and every test fails.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private static readonly TimeSpan s_scriptTimeout = TimeSpan.FromMinutes(3);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "minihttp-pg-" + Guid.NewGuid().ToString("N"));

    /// <summary>HttpArena's form: <c>postgres://bench:bench@127.0.0.1:PORT/benchmark</c>.</summary>
    public string DatabaseUrl { get; private set; } = "";

    /// <summary>A pool for the tests' own queries (locks, <c>pg_stat_activity</c>), apart from the server's.</summary>
    public NpgsqlDataSource Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var output = await RunAsync("create");
        DatabaseUrl = output.Split('\n').Single(line => line.StartsWith("DATABASE_URL=", StringComparison.Ordinal))["DATABASE_URL=".Length..].Trim();
        var admin = Arena.Database.DatabaseUrl.Parse(DatabaseUrl, maxConnections: 4);
        admin.ApplicationName = "minihttp-tests";
        Admin = NpgsqlDataSource.Create(admin.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await Admin.DisposeAsync();
        await RunAsync("stop");
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Stops the server (a fast shutdown: its sessions are ended), as a database restart or crash would.</summary>
    public Task StopAsync() => RunAsync("stop");

    /// <summary>Starts the server again on its port, with its data; the tests' own pool drops its broken connections.</summary>
    public async Task StartAsync()
    {
        await RunAsync("start");
        Admin.Clear();
    }

    private async Task<string> RunAsync(string command)
    {
        var script = Path.Combine(RepositoryRoot(), "tests", "database", "cluster.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, command, _folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("bash did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(s_scriptTimeout);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"cluster.sh {command} failed ({process.ExitCode}): {await stderr}");
        }

        return await stdout;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MiniHttp.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No MiniHttp.sln above " + AppContext.BaseDirectory);
    }
}

/// <summary>Every database test class shares the one cluster and runs one after another: one restarts it.</summary>
[CollectionDefinition(Name)]
public sealed class DatabaseTests : ICollectionFixture<PostgresCluster>
{
    public const string Name = "Database";
}

using System.Collections;
using System.Net;
using Arena;

namespace MiniHttp.EndToEnd.Tests;

/// <summary>The Arena sample's settings: flags over environment variables over defaults, and a clear error otherwise.</summary>
public sealed class ArenaSettingsTests
{
    [Fact]
    public void Without_flags_or_variables_the_defaults_are_HttpArenas()
    {
        var settings = Parse([], new Hashtable());

        Assert.Equal(IPAddress.Any, settings.Address);
        Assert.Equal(8080, settings.Port);
        Assert.Equal(8081, settings.TlsPort);
        Assert.Null(settings.CertificatePath);
        Assert.Null(settings.KeyPath);
        Assert.Null(settings.DatasetPath);
        Assert.Equal(ServerLimits.Default, settings.Limits);
        Assert.False(settings.PrintRoutes);
        Assert.False(settings.PrintOpenApi);
        Assert.False(settings.ReusePort);
        Assert.False(settings.Metrics);
        Assert.True(settings.InlineCompletions);
        Assert.Equal(1, settings.AcceptLoops);
    }

    [Fact]
    public void Accept_loops_and_thread_pool_completions_come_from_flags_or_variables()
    {
        var environment = new Hashtable { ["ACCEPT_LOOPS"] = "2", ["DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS"] = "0" };

        var fromVariables = Parse([], environment);
        var fromFlags = Parse(["--accept-loops", "4", "--pool-completions"], new Hashtable());

        Assert.Equal((2, false), (fromVariables.AcceptLoops, fromVariables.InlineCompletions));
        Assert.Equal((4, false), (fromFlags.AcceptLoops, fromFlags.InlineCompletions));
        Assert.True(Parse([], new Hashtable { ["DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS"] = "1" }).InlineCompletions);
    }

    [Fact]
    public void Variables_set_what_flags_do_not_and_flags_win()
    {
        var environment = new Hashtable { ["PORT"] = "9000", ["TLS_PORT"] = "9443", ["MAX_BODY_SIZE"] = "1000", ["ADDRESS"] = "127.0.0.1", ["REUSE_PORT"] = "1", ["METRICS"] = "1" };

        var settings = Parse(["--port", "9100", "--max-connections", "50", "--routes", "--openapi"], environment);

        Assert.Equal(9100, settings.Port);
        Assert.Equal(9443, settings.TlsPort);
        Assert.Equal(IPAddress.Loopback, settings.Address);
        Assert.Equal(1000, settings.Limits.MaxRequestBodySize);
        Assert.Equal(50, settings.Limits.MaxConcurrentConnections);
        Assert.True(settings.PrintRoutes);
        Assert.True(settings.PrintOpenApi);
        Assert.True(settings.ReusePort);
        Assert.True(settings.Metrics);
    }

    [Fact]
    public void Files_are_named_by_flags_or_variables_and_otherwise_left_to_HttpArenas_mounts()
    {
        var environment = new Hashtable { ["DATASET_PATH"] = "/srv/items.json", ["CERT_PATH"] = "/srv/tls.crt", ["KEY_PATH"] = "/srv/tls.key" };

        var fromVariables = Parse([], environment);
        var fromFlags = Parse(["--dataset", "items.json", "--cert", "tls.crt", "--key", "tls.key"], environment);

        Assert.Equal(("/srv/items.json", "/srv/tls.crt", "/srv/tls.key"), (fromVariables.DatasetPath, fromVariables.CertificatePath, fromVariables.KeyPath));
        Assert.Equal(("items.json", "tls.crt", "tls.key"), (fromFlags.DatasetPath, fromFlags.CertificatePath, fromFlags.KeyPath));
        Assert.Equal(("/certs/server.crt", "/certs/server.key"), (ArenaSettings.DefaultCertificatePath, ArenaSettings.DefaultKeyPath));
    }

    [Theory]
    [InlineData("--port", "http", "--port 'http' is not a whole number.")]
    [InlineData("--port", "70000", "--port 70000 is not a TCP port.")]
    [InlineData("--address", "localhost", "--address 'localhost' is not an IP address.")]
    [InlineData("--max-connections", "0", "The limit must be positive.")]
    [InlineData("--backlog", "0", "The backlog must be positive.")]
    [InlineData("--accept-loops", "0", "There must be at least one accept loop.")]
    [InlineData("--verbose", "1", "Unknown argument '--verbose'.")]
    public void A_wrong_setting_is_one_line_that_names_it(string flag, string value, string expected)
    {
        var settings = ArenaSettings.TryParse([flag, value], new Hashtable(), out var error);

        Assert.Null(settings);
        Assert.StartsWith(expected, error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_database_comes_from_HttpArenas_variables_and_moves_completions_to_the_thread_pool()
    {
        var environment = new Hashtable { ["DATABASE_URL"] = "postgres://bench:bench@localhost:5432/benchmark", ["DATABASE_MAX_CONN"] = "64" };

        var settings = Parse([], environment);
        var forcedInline = Parse([], new Hashtable(environment) { ["DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS"] = "1" });
        var fromFlags = Parse(["--database-url", "postgres://a@db/b", "--database-max-connections", "8"], new Hashtable());

        Assert.Equal(("postgres://bench:bench@localhost:5432/benchmark", 64, false), (settings.DatabaseUrl, settings.DatabaseMaxConnections, settings.InlineCompletions));
        Assert.True(forcedInline.InlineCompletions);
        Assert.Equal(("postgres://a@db/b", 8, false), (fromFlags.DatabaseUrl, fromFlags.DatabaseMaxConnections, fromFlags.InlineCompletions));
        Assert.Equal((null, 256), (Parse([], new Hashtable()).DatabaseUrl, Parse([], new Hashtable()).DatabaseMaxConnections));
    }

    [Fact]
    public void A_pool_without_connections_is_refused()
    {
        Assert.Null(ArenaSettings.TryParse(["--database-max-connections", "0"], new Hashtable(), out var error));
        Assert.Equal("The database pool needs at least one connection. (Parameter '--database-max-connections')", error);
    }

    private static ArenaSettings Parse(string[] args, IDictionary environment)
    {
        var settings = ArenaSettings.TryParse(args, environment, out var error);
        Assert.Null(error);
        return settings!;
    }
}

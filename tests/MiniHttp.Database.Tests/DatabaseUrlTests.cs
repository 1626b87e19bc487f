using System;
using Arena.Database;

namespace MiniHttp.Database.Tests;

/// <summary>HttpArena's <c>DATABASE_URL</c> as the keyword connection string Npgsql reads.</summary>
public sealed class DatabaseUrlTests
{
    [Fact]
    public void Reads_HttpArenas_url_into_a_pool_of_the_given_size()
    {
        var connection = DatabaseUrl.Parse("postgres://bench:bench@localhost:5432/benchmark", 256);

        Assert.Equal(("localhost", 5432, "benchmark", "bench", "bench", 256), (connection.Host, connection.Port, connection.Database, connection.Username, connection.Password, connection.MaxPoolSize));
        Assert.True(connection.NoResetOnClose);
    }

    [Fact]
    public void Decodes_escaped_credentials_and_defaults_the_port()
    {
        var connection = DatabaseUrl.Parse("postgresql://app%40corp:p%3Ass@db.internal/orders", 4);

        Assert.Equal(("db.internal", 5432, "orders", "app@corp", "p:ss"), (connection.Host, connection.Port, connection.Database, connection.Username, connection.Password));
    }

    [Theory]
    [InlineData("Host=localhost;Database=benchmark")]
    [InlineData("mysql://bench@localhost/benchmark")]
    [InlineData("postgres://bench@localhost")]
    public void Refuses_what_is_not_a_postgres_url(string url) =>
        Assert.Throws<FormatException>(() => DatabaseUrl.Parse(url, 4));
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MiniHttp.Generated;
using MiniHttp.Hosting;

namespace Todo.Tests;

/// <summary>The Todo service composed as its Program.cs composes it, hosted on a loopback port the system picks.</summary>
internal sealed class TodoHost : IAsyncDisposable
{
    private readonly IHost _host;

    private TodoHost(IHost host, ConcurrentQueue<string> logs)
    {
        _host = host;
        Logs = logs;
    }

    /// <summary>The API key the service is configured with, which <see cref="Client"/> sends.</summary>
    public const string ApiKey = "test-key";

    public ConcurrentQueue<string> Logs { get; }

    public static async Task<TodoHost> StartAsync(int maxPageSize = 10)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MiniHttp:Urls"] = "http://127.0.0.1:0",
            ["Todo:MaxPageSize"] = maxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Todo:ApiKey"] = ApiKey,
            ["MiniHttp:ProblemDetails"] = "true",
        });
        var logs = new ConcurrentQueue<string>();
        builder.Logging.AddProvider(new QueueLoggerProvider(logs)).SetMinimumLevel(LogLevel.Information);
        TodoApp.AddServices(builder);
        var host = builder.Build();
        await host.StartAsync();
        return new TodoHost(host, logs);
    }

    /// <summary>A client that sends the API key, unless <paramref name="apiKey"/> names another or none.</summary>
    public HttpClient Client(string? apiKey = ApiKey)
    {
        var client = new HttpClient
        {
            BaseAddress = new Uri($"http://{_host.Services.GetRequiredService<MiniHttpHostedService<Router>>().EndPoints[0]}"),
            Timeout = TimeSpan.FromSeconds(30),
        };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private sealed class QueueLoggerProvider(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(categoryName, logs);

        public void Dispose()
        {
        }
    }

    private sealed class QueueLogger(string category, ConcurrentQueue<string> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue($"{category}: {formatter(state, exception)}");
    }
}

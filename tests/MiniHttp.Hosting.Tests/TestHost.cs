using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MiniHttp.Generated;

namespace MiniHttp.Hosting.Tests;

/// <summary>A generic host serving this assembly's router on a loopback port the system picks, as an application builds one.</summary>
internal sealed class TestHost : IAsyncDisposable
{
    private TestHost(IHost host, CapturingLoggerProvider logs, List<int> exitCodes)
    {
        Host = host;
        Logs = logs;
        ExitCodes = exitCodes;
    }

    public IHost Host { get; }

    public CapturingLoggerProvider Logs { get; }

    /// <summary>The exit codes the hosted service set, instead of this process's.</summary>
    public List<int> ExitCodes { get; }

    public MiniHttpHostedService<Router> Server => Host.Services.GetRequiredService<MiniHttpHostedService<Router>>();

    public Uri BaseAddress => new($"http://{Server.EndPoints[0]}");

    public static async Task<TestHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        Action<IConfigurationBuilder>? configuration = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["MiniHttp:Urls"] = "http://127.0.0.1:0" });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        configuration?.Invoke(builder.Configuration);
        var logs = new CapturingLoggerProvider();
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Information);
        builder.Services.AddSingleton<Greeter>().AddSingleton<Gate>().AddScoped<RequestLedger>().AddScoped<ConversationLedger>();
        services?.Invoke(builder.Services);
        var exitCodes = new List<int>();
        MiniHttpServiceCollectionExtensions.AddMiniHttp<Router>(builder.Services, new MiniHttpHostOptions { SetExitCode = exitCodes.Add });
        var host = builder.Build();
        await host.StartAsync();
        return new TestHost(host, logs, exitCodes);
    }

    public HttpClient Client() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}

/// <summary>Keeps every message logged, formatted, by category.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> _entries = new();

    public IReadOnlyList<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(string, LogLevel, string, Exception?)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((category, logLevel, formatter(state, exception), exception));
    }
}

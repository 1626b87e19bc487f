using System;
using System.Net;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MiniHttp.Hosting.Tests;

/// <summary>The server starts and stops with the generic host, over a router the host's services create.</summary>
public sealed class HostLifecycleTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_host_serves_the_router_it_created_from_its_services()
    {
        await using var host = await TestHost.StartAsync();
        using var client = host.Client();

        Assert.Equal("hello you", await client.GetStringAsync("/hello?name=you"));
        Assert.Equal("same", await client.GetStringAsync("/singleton"));
    }

    [Fact]
    public async Task The_server_logs_through_the_hosts_logging()
    {
        await using var host = await TestHost.StartAsync();

        var started = Assert.Single(host.Logs.Entries, entry => entry.Category == "MiniHttp" && entry.Message.StartsWith("Listening on", StringComparison.Ordinal));
        Assert.Equal($"Listening on {host.Server.EndPoints[0]} (http).", started.Message);
    }

    [Fact]
    public async Task The_server_measures_through_the_hosts_meter_factory()
    {
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        var scopes = new System.Collections.Concurrent.ConcurrentBag<object?>();
        listener.InstrumentPublished = (instrument, _) =>
        {
            if (instrument.Meter.Name == "MiniHttp")
            {
                scopes.Add(instrument.Meter.Scope);
            }
        };
        listener.Start();

        await using var host = await TestHost.StartAsync();
        var meterFactory = host.Host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();

        Assert.Contains(meterFactory, scopes);
    }

    [Fact]
    public async Task Stopping_the_host_lets_a_request_in_flight_finish_and_closes_its_connection()
    {
        var host = await TestHost.StartAsync();
        var gate = host.Host.Services.GetRequiredService<Gate>();
        using var client = new RawClient(host.Server.EndPoints[0]);
        client.SendGet("/slow");
        await gate.Entered.Task.WaitAsync(Bound);

        var stopping = host.Host.StopAsync();
        Assert.False(stopping.IsCompleted);
        gate.Release.SetResult();
        var response = await client.ReadResponseAsync().WaitAsync(Bound);
        await stopping.WaitAsync(Bound);
        host.Host.Dispose();

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", response, StringComparison.Ordinal);
        Assert.Contains("\r\nConnection: close\r\n", response, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\ndone", response, StringComparison.Ordinal);
        Assert.Contains(host.Logs.Entries, entry => entry.Message.StartsWith("Stopped", StringComparison.Ordinal) && entry.Message.EndsWith(": 0 connections aborted at the deadline.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_still_running_at_the_hosts_shutdown_timeout_is_aborted()
    {
        var host = await TestHost.StartAsync(services: services => services.Configure<Microsoft.Extensions.Hosting.HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromMilliseconds(200)));
        var gate = host.Host.Services.GetRequiredService<Gate>();
        using var client = new RawClient(host.Server.EndPoints[0]);
        client.SendGet("/slow");
        await gate.Entered.Task.WaitAsync(Bound);

        await host.Host.StopAsync().WaitAsync(Bound);
        host.Host.Dispose();

        await Assert.ThrowsAnyAsync<Exception>(() => client.ReadResponseAsync().WaitAsync(Bound));
        Assert.Contains(host.Logs.Entries, entry => entry.Level == LogLevel.Information && entry.Message.EndsWith(": 1 connections aborted at the deadline.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_urls_are_two_servers_over_one_router()
    {
        await using var host = await TestHost.StartAsync(new System.Collections.Generic.Dictionary<string, string?> { ["MiniHttp:Urls"] = "http://127.0.0.1:0;http://127.0.0.1:0" });

        Assert.Equal(2, host.Server.EndPoints.Count);
        foreach (var endPoint in host.Server.EndPoints)
        {
            using var client = new System.Net.Http.HttpClient { BaseAddress = new Uri($"http://{endPoint}") };
            Assert.Equal("same", await client.GetStringAsync("/singleton"));
        }

        Assert.Equal(2, host.Server.EndPoints.Select(endPoint => endPoint.Port).Distinct().Count());
    }

    [Fact]
    public async Task Localhost_is_both_loopbacks_on_one_port_the_system_picks()
    {
        await using var host = await TestHost.StartAsync(new System.Collections.Generic.Dictionary<string, string?> { ["MiniHttp:Urls"] = "http://localhost:0" });

        Assert.Equal([IPAddress.Loopback, IPAddress.IPv6Loopback], host.Server.EndPoints.Select(endPoint => endPoint.Address));
        Assert.Single(host.Server.EndPoints.Select(endPoint => endPoint.Port).Distinct());
        Assert.NotEqual(0, host.Server.EndPoints[0].Port);
        foreach (var endPoint in host.Server.EndPoints)
        {
            using var client = new System.Net.Http.HttpClient { BaseAddress = new Uri($"http://{endPoint}") };
            Assert.Equal("same", await client.GetStringAsync("/singleton"));
        }
    }

    [Fact]
    public async Task A_star_listens_on_every_address_of_both_families()
    {
        await using var host = await TestHost.StartAsync(new System.Collections.Generic.Dictionary<string, string?> { ["MiniHttp:Urls"] = "http://*:0" });

        var endPoint = Assert.Single(host.Server.EndPoints);
        Assert.Equal(IPAddress.IPv6Any, endPoint.Address);
        foreach (var loopback in new[] { IPAddress.Loopback, IPAddress.IPv6Loopback })
        {
            using var client = new System.Net.Http.HttpClient { BaseAddress = new Uri($"http://{new IPEndPoint(loopback, endPoint.Port)}") };
            Assert.Equal("same", await client.GetStringAsync("/singleton"));
        }
    }
}

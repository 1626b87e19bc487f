using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MiniHttp.Hosting.Tests;

/// <summary>
/// A start that fails for a reason the operator can fix is one critical line naming it and the fix, no stack trace at this
/// log level, exit code 1 and the host stopping: never an unhandled exception.
/// </summary>
public sealed class StartupErrorTests
{
    [Fact]
    public async Task A_port_in_use_is_one_line_naming_the_endpoint_and_the_fix()
    {
        using var taken = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        taken.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        taken.Listen();
        var port = ((IPEndPoint)taken.LocalEndPoint!).Port;

        await AssertStartFailsAsync(
            new Dictionary<string, string?> { ["MiniHttp:Urls"] = $"http://127.0.0.1:{port}" },
            services: null,
            $"Cannot listen on http://127.0.0.1:{port}: the port is already in use. Stop the process that listens there, or choose another port.");
    }

    [Fact]
    public async Task A_missing_service_names_it_and_who_needs_it()
    {
        await AssertStartFailsAsync(
            settings: null,
            services => services.RemoveAll<Greeter>(),
            "No service of type MiniHttp.Hosting.Tests.Greeter is registered, which the constructor of MiniHttp.Hosting.Tests.ServiceRoutes needs: register it with builder.Services (AddSingleton, AddScoped or AddTransient).");
    }

    [Fact]
    public async Task A_scoped_service_taken_as_a_singleton_is_refused()
    {
        await AssertStartFailsAsync(
            settings: null,
            services => services.RemoveAll<Gate>().AddScoped<Gate>(),
            "MiniHttp.Hosting.Tests.Gate is registered as Scoped, but the parameter 'gate' of handler 'MiniHttp.Hosting.Tests.ServiceRoutes.Slow' takes it once, for the router's lifetime: mark the parameter [FromServices(ServiceLifetime.Scoped)] to resolve it per request, or register it as a singleton.");
    }

    [Fact]
    public async Task A_scoped_service_that_is_not_registered_stops_the_start_rather_than_every_request()
    {
        await AssertStartFailsAsync(
            settings: null,
            services => services.RemoveAll<RequestLedger>(),
            "No service of type MiniHttp.Hosting.Tests.RequestLedger is registered, which the parameter 'ledger' of handler 'MiniHttp.Hosting.Tests.ServiceRoutes.Scoped' needs: register it with builder.Services (AddSingleton, AddScoped or AddTransient).");
    }

    [Theory]
    [InlineData("MiniHttp:Limits:MaxRequestBodySize", "ten", "Configuration 'MiniHttp:Limits:MaxRequestBodySize' has 'ten', which is not a whole number.")]
    [InlineData("MiniHttp:Limits:KeepAliveTimeout", "soon", "Configuration 'MiniHttp:Limits:KeepAliveTimeout' has 'soon', which is not a duration such as 00:00:30.")]
    [InlineData("MiniHttp:Limits:MaxRequestHeaderCount", "0", "Configuration 'MiniHttp:Limits:MaxRequestHeaderCount' is out of range: The limit must be positive.")]
    [InlineData("MiniHttp:Urls", "ftp://127.0.0.1:21", "Configuration 'MiniHttp:Urls' has 'ftp://127.0.0.1:21', which is not a URL to listen on: give http:// or https://, an IP address, localhost or *, and a port, as in http://127.0.0.1:5000; separate several with ';'.")]
    [InlineData("MiniHttp:Urls", "https://127.0.0.1:0", "An https URL needs a certificate: set MiniHttp:Certificate:Path and MiniHttp:Certificate:KeyPath to PEM files.")]
    public async Task A_bad_setting_names_its_key(string key, string value, string message)
    {
        await AssertStartFailsAsync(new Dictionary<string, string?> { [key] = value }, services: null, message);
    }

    [Fact]
    public async Task A_certificate_file_that_is_not_there_is_named()
    {
        await AssertStartFailsAsync(
            new Dictionary<string, string?>
            {
                ["MiniHttp:Urls"] = "https://127.0.0.1:0",
                ["MiniHttp:Certificate:Path"] = "/nonexistent/server.pem",
                ["MiniHttp:Certificate:KeyPath"] = "/nonexistent/server.key",
            },
            services: null,
            "The TLS certificate file '/nonexistent/server.pem' does not exist.");
    }

    private static async Task AssertStartFailsAsync(IDictionary<string, string?>? settings, Action<IServiceCollection>? services, string message)
    {
        await using var host = await TestHost.StartAsync(settings, services);

        Assert.True(host.Server.StartFailed);
        Assert.Empty(host.Server.EndPoints);
        Assert.Equal([1], host.ExitCodes);
        Assert.True(host.Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        var logged = Assert.Single(host.Logs.Entries, entry => entry.Level == LogLevel.Critical);
        Assert.Equal(("MiniHttp.Hosting", message), (logged.Category, logged.Message));
        Assert.Null(logged.Exception);
        Assert.DoesNotContain('\n', logged.Message);
    }
}

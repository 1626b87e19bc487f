using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;

namespace MiniHttp.Hosting.Tests;

/// <summary>The <c>MiniHttp</c> section binds the server's options and limits, from a file, the environment or the command line.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task A_limit_set_in_appsettings_json_is_enforced()
    {
        var file = Path.Combine(Path.GetTempPath(), $"minihttp-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{ "MiniHttp": { "Limits": { "MaxRequestBodySize": 10 } } }""");
        try
        {
            await using var host = await TestHost.StartAsync(configuration: builder => builder.AddJsonFile(file));

            await AssertBodyLimitAsync(host, 10);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_limit_set_in_an_environment_variable_is_enforced()
    {
        var prefix = $"MINIHTTP_TEST_{Guid.NewGuid():N}_";
        Environment.SetEnvironmentVariable(prefix + "MiniHttp__Limits__MaxRequestBodySize", "12");
        try
        {
            await using var host = await TestHost.StartAsync(configuration: builder => builder.AddEnvironmentVariables(prefix));

            await AssertBodyLimitAsync(host, 12);
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "MiniHttp__Limits__MaxRequestBodySize", null);
        }
    }

    [Fact]
    public async Task The_urls_switch_wins_over_the_section()
    {
        await using var host = await TestHost.StartAsync(
            new Dictionary<string, string?> { ["MiniHttp:Urls"] = "http://127.0.0.2:1" },
            configuration: builder => builder.AddCommandLine(["--urls", "http://127.0.0.1:0"]));

        Assert.Equal(IPAddress.Loopback, Assert.Single(host.Server.EndPoints).Address);
    }

    [Fact]
    public void Every_key_binds_its_option()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MiniHttp:Urls"] = "http://*:8000; https://[::1]:8443",
            ["MiniHttp:Certificate:Path"] = "/certs/server.pem",
            ["MiniHttp:Certificate:KeyPath"] = "/certs/server.key",
            ["MiniHttp:ListenBacklog"] = "64",
            ["MiniHttp:AcceptLoops"] = "2",
            ["MiniHttp:ReusePort"] = "true",
            ["MiniHttp:AllowSynchronousIO"] = "true",
            ["MiniHttp:ProblemDetails"] = "true",
            ["MiniHttp:Limits:MaxRequestLineSize"] = "1000",
            ["MiniHttp:Limits:MaxRequestHeadersTotalSize"] = "2000",
            ["MiniHttp:Limits:MaxRequestHeaderCount"] = "30",
            ["MiniHttp:Limits:MaxRequestBodySize"] = "4000",
            ["MiniHttp:Limits:MaxBufferedRequestBodySize"] = "3000",
            ["MiniHttp:Limits:MaxConcurrentConnections"] = "500",
            ["MiniHttp:Limits:KeepAliveTimeout"] = "00:00:10",
            ["MiniHttp:Limits:RequestHeadersTimeout"] = "00:00:05",
            ["MiniHttp:Limits:MinRequestBodyDataRate"] = "none",
            ["MiniHttp:Limits:MinRequestBodyDataRateGracePeriod"] = "00:00:02",
            ["MiniHttp:Limits:MinResponseDataRate"] = "100.5",
            ["MiniHttp:Limits:MinResponseDataRateGracePeriod"] = "00:00:03",
            ["MiniHttp:Limits:TlsHandshakeTimeout"] = "00:00:04",
            ["MiniHttp:Limits:MaxResponseBufferSize"] = "8192",
        }).Build();

        var settings = HostSettings.Read(configuration);
        var options = settings.ToServerOptions(Assert.Single(HostSettings.EndPointsOf(settings.Urls[0])), tls: null);

        Assert.Equal(["http://[::]:8000/", "https://[::1]:8443/"], System.Linq.Enumerable.Select(settings.Urls, url => url.ToString()));
        Assert.Equal(new IPEndPoint(IPAddress.IPv6Any, 8000), options.EndPoint);
        Assert.Equal([new IPEndPoint(IPAddress.IPv6Loopback, 8443)], HostSettings.EndPointsOf(settings.Urls[1]));
        Assert.Equal(("/certs/server.pem", "/certs/server.key"), (settings.CertificatePath, settings.KeyPath));
        Assert.Equal((64, 2, true, true, true), (options.ListenBacklog, options.AcceptLoops, options.ReusePort, options.AllowSynchronousIO, options.ProblemDetails));
        Assert.Equal(
            ServerLimits.Default with
            {
                MaxRequestLineSize = 1000,
                MaxRequestHeadersTotalSize = 2000,
                MaxRequestHeaderCount = 30,
                MaxRequestBodySize = 4000,
                MaxBufferedRequestBodySize = 3000,
                MaxConcurrentConnections = 500,
                KeepAliveTimeout = TimeSpan.FromSeconds(10),
                RequestHeadersTimeout = TimeSpan.FromSeconds(5),
                MinRequestBodyDataRate = null,
                MinRequestBodyDataRateGracePeriod = TimeSpan.FromSeconds(2),
                MinResponseDataRate = 100.5,
                MinResponseDataRateGracePeriod = TimeSpan.FromSeconds(3),
                TlsHandshakeTimeout = TimeSpan.FromSeconds(4),
                MaxResponseBufferSize = 8192,
            },
            options.Limits);
    }

    [Fact]
    public void Without_configuration_the_defaults_hold_and_the_server_listens_on_localhost_5000()
    {
        var settings = HostSettings.Read(new ConfigurationBuilder().Build());
        var endPoints = HostSettings.EndPointsOf(settings.Urls[0]);
        var options = settings.ToServerOptions(endPoints[0], tls: null);

        Assert.Equal([new IPEndPoint(IPAddress.Loopback, 5000), new IPEndPoint(IPAddress.IPv6Loopback, 5000)], endPoints);
        Assert.Equal(ServerLimits.Default, options.Limits);
        Assert.Equal(new ServerOptions { EndPoint = options.EndPoint }, options);
    }

    private static async Task AssertBodyLimitAsync(TestHost host, int limit)
    {
        using var client = host.Client();
        var within = await client.PostAsync("/upload", new ByteArrayContent(new byte[limit]));
        var over = await client.PostAsync("/upload", new ByteArrayContent(new byte[limit + 1]));

        Assert.Equal(limit.ToString(System.Globalization.CultureInfo.InvariantCulture), await within.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
    }
}

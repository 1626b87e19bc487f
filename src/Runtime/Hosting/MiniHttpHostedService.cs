using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MiniHttp.Hosting;

/// <summary>
/// Runs the application's <typeparamref name="TRouter"/> in the generic host: on start, it creates the router from the
/// host's services, reads the <c>MiniHttp</c> configuration and starts one <see cref="HttpServer{TRouter}"/> per URL; on
/// stop (SIGTERM, Ctrl-C, <see cref="IHostApplicationLifetime.StopApplication"/>), it stops them gracefully, letting the
/// requests in progress finish until the host's shutdown timeout. Registered by <c>AddMiniHttp&lt;TRouter&gt;()</c>.
/// </summary>
/// <remarks>
/// A start that fails for a reason the operator can fix (a port in use, a certificate that does not load, a missing
/// service, a bad setting) is logged as one critical line naming the endpoint or setting and the fix, with the exception
/// only when debug logging is on; the process's exit code is set to 1 and the host is stopped, so the application ends
/// without an unhandled exception's stack trace.
/// </remarks>
public sealed class MiniHttpHostedService<TRouter> : IHostedService
    where TRouter : struct, IServiceRouter<TRouter>
{
    private readonly IServiceProvider _services;
    private readonly IConfiguration _configuration;
    private readonly ILoggerFactory _loggerFactory;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly MiniHttpHostOptions _hostOptions;
    private readonly ILogger _logger;
    private readonly List<HttpServer<TRouter>> _servers = [];

    internal MiniHttpHostedService(IServiceProvider services, IConfiguration configuration, ILoggerFactory loggerFactory, IHostApplicationLifetime lifetime, MiniHttpHostOptions hostOptions)
    {
        _services = services;
        _configuration = configuration;
        _loggerFactory = loggerFactory;
        _lifetime = lifetime;
        _hostOptions = hostOptions;
        _logger = loggerFactory.CreateLogger("MiniHttp.Hosting");
    }

    /// <summary>Where the servers listen, once started: with the port the system chose for port 0.</summary>
    public IReadOnlyList<IPEndPoint> EndPoints => _servers.Select(static server => server.LocalEndPoint).ToList();

    /// <summary>Whether the servers could not start: the host is then stopping, and the exit code is 1.</summary>
    public bool StartFailed { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            Start();
        }
        catch (Exception e) when (e is StartupException or ListenException)
        {
            StartFailed = true;
            foreach (var server in _servers)
            {
                // Started a moment ago, so nothing to drain: stopped at once.
                server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            _servers.Clear();
            HostingLog.StartFailed(_logger, e.Message, _logger.IsEnabled(LogLevel.Debug) ? e : null);
            _hostOptions.SetExitCode(1);
            _lifetime.StopApplication();
        }

        return Task.CompletedTask;
    }

    /// <summary>Stops every server gracefully: the requests in progress finish until <paramref name="cancellationToken"/>, the host's shutdown timeout.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(_servers.Select(server => server.StopAsync(cancellationToken))).ConfigureAwait(false);
    }

    private void Start()
    {
        var settings = HostSettings.Read(_configuration);
        TRouter router;
        try
        {
            router = TRouter.Create(_services);
        }
        catch (InvalidOperationException e)
        {
            throw new StartupException(e.Message, e);
        }

        var logger = _loggerFactory.CreateLogger("MiniHttp");
        var meterFactory = _services.GetService(typeof(IMeterFactory)) as IMeterFactory;
        TlsOptions? tls = null;
        foreach (var url in settings.Urls)
        {
            if (url.Scheme == "https")
            {
                tls ??= LoadCertificate(settings);
            }

            // A port the system picks is picked once: localhost's second loopback listens on the port its first got.
            var port = url.Port;
            foreach (var endPoint in HostSettings.EndPointsOf(url))
            {
                var options = settings.ToServerOptions(new IPEndPoint(endPoint.Address, port), url.Scheme == "https" ? tls : null) with
                {
                    Logger = logger,
                    MeterFactory = meterFactory,
                };
                // localhost's IPv6 loopback is the one endpoint a machine may lack.
                var optional = url.Host == "localhost" && endPoint.Address.Equals(IPAddress.IPv6Loopback);
                port = StartServer(options, router, optional)?.LocalEndPoint.Port ?? port;
            }
        }
    }

    /// <returns>The server, started; or, for an <paramref name="optional"/> endpoint this machine does not have, none.</returns>
    private HttpServer<TRouter>? StartServer(ServerOptions options, TRouter router, bool optional)
    {
        HttpServer<TRouter> server;
        try
        {
            server = new HttpServer<TRouter>(_hostOptions.Configure?.Invoke(options) ?? options, router);
        }
        catch (IOException e)
        {
            // A static files directory that is not there.
            throw new StartupException(e.Message, e);
        }

        try
        {
            server.Start();
        }
        catch (ListenException e) when (optional && e.SocketError is SocketError.AddressNotAvailable or SocketError.AddressFamilyNotSupported)
        {
            // localhost without an IPv6 loopback: its IPv4 one serves, as with Kestrel, which warns the same way.
            HostingLog.LoopbackUnavailable(options.Logger, options.EndPoint, e);
            return null;
        }

        _servers.Add(server);
        return server;
    }

    private static TlsOptions LoadCertificate(HostSettings settings)
    {
        if (settings.CertificatePath is null || settings.KeyPath is null)
        {
            throw new StartupException(
                $"An https URL needs a certificate: set {HostSettings.SectionName}:Certificate:Path and {HostSettings.SectionName}:Certificate:KeyPath to PEM files.");
        }

        try
        {
            return TlsOptions.FromPemFiles(settings.CertificatePath, settings.KeyPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException(e.Message, e);
        }
    }
}

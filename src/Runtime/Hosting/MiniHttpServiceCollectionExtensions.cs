using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MiniHttp;
using MiniHttp.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers a MiniHttp server with the generic host.</summary>
public static class MiniHttpServiceCollectionExtensions
{
    /// <summary>
    /// Serves the generated <typeparamref name="TRouter"/> (<c>MiniHttp.Generated.Router</c>) for the host's lifetime: the
    /// router is created from the host's services when the host starts (routes classes and hooks taken from the container
    /// or constructed with their constructors' services, singletons resolved once), the servers listen where the
    /// <c>MiniHttp</c> configuration section and the <c>urls</c> key say, log through the host's logging and measure
    /// through its <see cref="System.Diagnostics.Metrics.IMeterFactory"/>, and stop gracefully within the host's shutdown timeout.
    /// </summary>
    /// <param name="configure">
    /// Changes to each server's options after configuration has set them, for what configuration does not hold:
    /// <c>options =&gt; options with { StaticFiles = [new("/static", "wwwroot")] }</c>.
    /// </param>
    public static IServiceCollection AddMiniHttp<TRouter>(this IServiceCollection services, Func<ServerOptions, ServerOptions>? configure = null)
        where TRouter : struct, IServiceRouter<TRouter>
    {
        ArgumentNullException.ThrowIfNull(services);
        return AddMiniHttp<TRouter>(services, new MiniHttpHostOptions { Configure = configure });
    }

    internal static IServiceCollection AddMiniHttp<TRouter>(IServiceCollection services, MiniHttpHostOptions hostOptions)
        where TRouter : struct, IServiceRouter<TRouter>
    {
        services.AddSingleton(new ServiceRegistrations(services));
        services.AddSingleton(provider => new MiniHttpHostedService<TRouter>(
            provider,
            provider.GetRequiredService<IConfiguration>(),
            provider.GetRequiredService<ILoggerFactory>(),
            provider.GetRequiredService<IHostApplicationLifetime>(),
            hostOptions));
        services.AddHostedService(static provider => provider.GetRequiredService<MiniHttpHostedService<TRouter>>());
        return services;
    }
}

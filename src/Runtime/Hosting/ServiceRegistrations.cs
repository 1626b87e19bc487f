using System;
using Microsoft.Extensions.DependencyInjection;

namespace MiniHttp.Hosting;

/// <summary>
/// The application's service registrations, kept by <c>AddMiniHttp</c> so that creating the router can check that a
/// service a handler takes once is a singleton: the container itself cannot say how a service was registered.
/// </summary>
internal sealed class ServiceRegistrations(IServiceCollection services)
{
    /// <summary>The lifetime of the registration the container resolves <paramref name="type"/> with (the last one), or null.</summary>
    public ServiceLifetime? LifetimeOf(Type type)
    {
        for (var i = services.Count - 1; i >= 0; i--)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType == type && !descriptor.IsKeyedService)
            {
                return descriptor.Lifetime;
            }

            if (type.IsConstructedGenericType && descriptor.ServiceType == type.GetGenericTypeDefinition() && !descriptor.IsKeyedService)
            {
                return descriptor.Lifetime;
            }
        }

        return null;
    }
}

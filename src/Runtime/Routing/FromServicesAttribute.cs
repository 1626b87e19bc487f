using System;
using Microsoft.Extensions.DependencyInjection;

namespace MiniHttp;

/// <summary>
/// Binds a handler parameter from the application's services (<see cref="IServiceProvider"/>), not from the request.
/// </summary>
/// <remarks>
/// The lifetime is part of the route, decided at compile time, so the generated router pays per request only for what a
/// route takes: a <see cref="ServiceLifetime.Singleton"/> service (the default) is resolved once, when the router is
/// created, and passed to the handler from a field; a <see cref="ServiceLifetime.Scoped"/> or
/// <see cref="ServiceLifetime.Transient"/> one is resolved for each request from a scope the route opens and disposes
/// once the response is written. At start-up the host checks the lifetime against the service's registration.
/// </remarks>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class FromServicesAttribute : Attribute
{
    /// <summary>A singleton service, resolved once when the router is created.</summary>
    public FromServicesAttribute()
        : this(ServiceLifetime.Singleton)
    {
    }

    /// <summary>A service of <paramref name="lifetime"/>: scoped and transient services are resolved per request.</summary>
    public FromServicesAttribute(ServiceLifetime lifetime) => Lifetime = lifetime;

    /// <summary>How long the service lives, as registered: what decides whether the route opens a scope per request.</summary>
    public ServiceLifetime Lifetime { get; }
}

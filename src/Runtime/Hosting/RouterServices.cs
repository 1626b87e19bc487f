using System;
using System.ComponentModel;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace MiniHttp.Hosting;

/// <summary>
/// What the generated <c>Router.Create</c> and the binders of routes that take scoped services call: resolving with
/// errors that name the missing service and who needs it, once, at start-up, rather than a null on every request.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RouterServices
{
    /// <summary>
    /// The registered <typeparamref name="T"/>, or, when the container has none, the one <paramref name="create"/> makes
    /// (the generated code calls the class's constructor with its parameters' services).
    /// </summary>
    public static T GetOrCreate<T>(IServiceProvider services, Func<IServiceProvider, T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetService(typeof(T)) as T ?? create(services);
    }

    /// <summary>
    /// The registered <typeparamref name="T"/>: a routes class or hooks without a public constructor whose parameters the
    /// container could fill, which the application must therefore register itself.
    /// </summary>
    public static T GetRegistered<T>(IServiceProvider services, string typeName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetService(typeof(T)) as T
            ?? throw new InvalidOperationException(
                $"{typeName} is not registered, and has no public constructor whose parameters are services, so the router cannot create it: register it, e.g. builder.Services.AddSingleton(new {typeName}(...)).");
    }

    /// <summary>
    /// The singleton <typeparamref name="T"/>, resolved once for the router's lifetime; when the host's registrations are
    /// known (<c>AddMiniHttp</c>), a service registered with a shorter lifetime is an error, since the router would hold
    /// one instance of it for ever.
    /// </summary>
    /// <param name="typeName">How the message names the service: <c>Todo.TodoStore</c>.</param>
    /// <param name="requiredBy">Who needs it: <c>parameter 'store' of handler 'Todo.TodoRoutes.List'</c>.</param>
    public static T GetSingleton<T>(IServiceProvider services, string typeName, string requiredBy)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.GetService(typeof(ServiceRegistrations)) is ServiceRegistrations registrations
            && registrations.LifetimeOf(typeof(T)) is { } lifetime and not ServiceLifetime.Singleton)
        {
            throw new InvalidOperationException(
                $"{typeName} is registered as {lifetime}, but the {requiredBy} takes it once, for the router's lifetime: mark the parameter [FromServices(ServiceLifetime.{lifetime})] to resolve it per request, or register it as a singleton.");
        }

        return services.GetService(typeof(T)) as T ?? throw NotRegistered(typeName, requiredBy);
    }

    /// <summary>
    /// Checks at start-up that <typeparamref name="T"/>, which a route resolves per request, is registered, so that a missing
    /// registration stops the application rather than failing every request of the route.
    /// </summary>
    public static void RequireRegistered<T>(IServiceProvider services, string typeName, string requiredBy)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.GetService(typeof(IServiceProviderIsService)) is IServiceProviderIsService isService && !isService.IsService(typeof(T)))
        {
            throw NotRegistered(typeName, requiredBy);
        }
    }

    /// <summary>The container's scope factory, for the routes that open a scope per request.</summary>
    public static IServiceScopeFactory GetScopeFactory(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetService(typeof(IServiceScopeFactory)) as IServiceScopeFactory
            ?? throw new InvalidOperationException("The service provider has no IServiceScopeFactory, which the routes that take scoped services need: create the router from a Microsoft.Extensions.DependencyInjection container.");
    }

    /// <summary>A scoped or transient service from the request's scope.</summary>
    public static T GetScoped<T>(IServiceProvider scope, string typeName, string requiredBy)
        where T : class =>
        scope.GetService(typeof(T)) as T ?? throw NotRegistered(typeName, requiredBy);

    /// <summary>
    /// Disposes the scope of a request whose binder threw: the exception, not the disposal, is what the server logs, so
    /// a disposal that completes later is not awaited.
    /// </summary>
    public static void Abandon(AsyncServiceScope scope)
    {
        var disposal = scope.DisposeAsync();
        if (!disposal.IsCompletedSuccessfully)
        {
            _ = ObserveAsync(disposal);
        }
    }

    private static async Task ObserveAsync(ValueTask disposal)
    {
        try
        {
            await disposal.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The request already failed; its exception is the one logged.
        }
    }

    private static InvalidOperationException NotRegistered(string typeName, string requiredBy) =>
        new($"No service of type {typeName} is registered, which the {requiredBy} needs: register it with builder.Services (AddSingleton, AddScoped or AddTransient).");
}

using System;

namespace MiniHttp;

/// <summary>
/// Gives every route of a class a shared prefix: <c>[RouteGroup("/todos")]</c> on the class and <c>[Get("/{id:int}")]</c>
/// on a method make the route <c>/todos/{id:int}</c>, and <c>[Get("/")]</c> the route <c>/todos</c>. A class nested in a
/// group adds its own prefix after its container's. The class's <see cref="RouteFilterAttribute{TFilter}"/> and
/// <see cref="CorsAttribute"/> apply to each of its routes too.
/// </summary>
/// <remarks>
/// The source generator composes the prefix into each route's template at compile time, so a group costs nothing at run
/// time: the dispatch switch matches <c>/todos/{id:int}</c> as if it had been written whole.
/// </remarks>
/// <param name="prefix">
/// A route template that starts with <c>/</c> and does not end with one (<c>/todos</c>, <c>/users/{userId:int}</c>);
/// it may hold route parameters, which bind to handler parameters as any template's do, but no catch-all.
/// </param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class RouteGroupAttribute(string prefix) : Attribute
{
    /// <summary>The prefix of the class's routes.</summary>
    public string Prefix { get; } = prefix;
}

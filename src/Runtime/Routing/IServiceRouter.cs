using System;

namespace MiniHttp;

/// <summary>
/// A router that can be created from an application's services: the generated <c>Router</c> implements it, so that
/// <c>AddMiniHttp&lt;Router&gt;()</c> can build it whatever routes classes, hooks and services it holds.
/// </summary>
/// <typeparam name="TRouter">The router itself.</typeparam>
public interface IServiceRouter<TRouter> : IHttpRouter
    where TRouter : struct, IServiceRouter<TRouter>
{
    /// <summary>
    /// The router over <paramref name="services"/>: each routes class and the request hooks taken from the container, or
    /// constructed with their constructor's services when not registered; each singleton a handler takes resolved once.
    /// </summary>
    /// <exception cref="InvalidOperationException">A service the router needs is not registered; the message names it and who needs it.</exception>
    static abstract TRouter Create(IServiceProvider services);
}

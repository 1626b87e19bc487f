using System;

namespace MiniHttp;

/// <summary>
/// Runs <typeparamref name="TFilter"/> before the handler: on a method, before that handler; on a class (a route group,
/// say), before each of its handlers. Filters run in order: the outermost class's first, then the inner classes', then
/// the method's, each declaration's in the order written.
/// </summary>
/// <remarks>The source generator reads this attribute and emits a direct call to the filter in each route that has it.</remarks>
/// <typeparam name="TFilter">A public or internal, non-abstract, non-generic class implementing <see cref="IRouteFilter"/>.</typeparam>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class RouteFilterAttribute<TFilter> : Attribute
    where TFilter : class, IRouteFilter;

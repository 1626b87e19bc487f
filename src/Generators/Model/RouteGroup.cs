namespace MiniHttp.Generators.Model;

/// <summary>What a handler takes from its classes and its own attributes besides its templates.</summary>
/// <param name="Prefix">The classes' <c>[RouteGroup]</c> prefixes joined, outermost first; empty outside any group.</param>
/// <param name="Filters">The <c>[RouteFilter&lt;T&gt;]</c> filters, outermost class's first, the method's last.</param>
/// <param name="Cors">The nearest <c>[Cors]</c>: the method's, else its class's, else an outer class's; null for none.</param>
internal sealed record RouteGroup(string Prefix, EquatableArray<RouteFilter> Filters, CorsPolicy? Cors)
{
    public bool HasFilters => Filters.Count > 0 || Cors is not null;
}

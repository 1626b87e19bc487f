namespace MiniHttp.Generators.Model;

/// <summary>A <c>[RouteFilter&lt;T&gt;]</c> filter class, which the router holds one instance of and calls before a handler.</summary>
/// <param name="TypeName">Fully qualified: <c>global::App.ApiKeyFilter</c>.</param>
/// <param name="Constructor">How the router creates it from services when the container has none registered, or null.</param>
internal sealed record RouteFilter(string TypeName, ServiceConstructor? Constructor);

namespace MiniHttp.Generators.Model;

/// <summary>The class <c>[assembly: RequestHooks]</c> names, which the router calls around every request.</summary>
/// <param name="TypeName">Fully qualified: <c>global::App.AppHooks</c>.</param>
/// <param name="StateTypeName">The <c>TState</c> of its <c>IRequestHooks&lt;TState&gt;</c>, fully qualified.</param>
/// <param name="Constructor">How the router creates the hooks from services when the container has none registered, or null.</param>
internal sealed record RequestHooks(string TypeName, string StateTypeName, ServiceConstructor? Constructor);

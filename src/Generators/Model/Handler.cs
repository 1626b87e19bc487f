namespace MiniHttp.Generators.Model;

/// <summary>A valid handler method: what the generated code calls and how.</summary>
/// <param name="DisplayName">The method as people name it, for messages and comments: <c>Arena.ArenaRoutes.Sum</c>.</param>
/// <param name="InvocationName">The method as generated code calls it: <c>global::Arena.ArenaRoutes.Sum</c>.</param>
/// <param name="Parameters">The parameters in declaration order, which is also the argument order.</param>
/// <param name="Result">What the handler returns, written as the response; <see cref="ValueKind.Void"/> for nothing.</param>
internal sealed record Handler(
    string DisplayName,
    string InvocationName,
    EquatableArray<HandlerParameter> Parameters,
    HandlerType Result);

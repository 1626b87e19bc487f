namespace MiniHttp.Generators.Model;

/// <summary>
/// The public constructor of a routes class or of the request hooks, as the generated <c>Router.Create</c> calls it
/// with the application's services: the equatable shape of what <c>ActivatorUtilities</c> would find by reflection.
/// </summary>
/// <param name="DisplayName">The class as messages name it: <c>Todo.TodoRoutes</c>.</param>
/// <param name="Parameters">The constructor's parameters, in order.</param>
internal sealed record ServiceConstructor(string DisplayName, EquatableArray<ServiceConstructorParameter> Parameters);

/// <summary>One parameter of a <see cref="ServiceConstructor"/>.</summary>
/// <param name="TypeName">Fully qualified, as generated code names it.</param>
/// <param name="DisplayName">As messages name it: <c>Microsoft.Extensions.Logging.ILogger&lt;Todo.TodoRoutes&gt;</c>.</param>
/// <param name="DefaultValue">The C# expression of its default, when it has one: used when the container has no such service.</param>
/// <param name="IsReferenceType">Whether the container could hold it: a value type with a default always takes its default.</param>
internal sealed record ServiceConstructorParameter(string TypeName, string DisplayName, string? DefaultValue, bool IsReferenceType);

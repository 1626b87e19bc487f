namespace MiniHttp.Generators.Model;

/// <summary>One parameter of a handler and how it is bound.</summary>
/// <param name="Name">The parameter's name as declared (without <c>@</c>): also the query string or route parameter name it binds from.</param>
internal sealed record HandlerParameter(string Name, ValueKind Kind, BindingSource Source);

namespace MiniHttp.Generators.Model;

/// <summary>One parameter of a handler and how it is bound.</summary>
/// <param name="Name">The parameter's name as declared (without <c>@</c>); a route parameter's name too.</param>
/// <param name="SourceName">The name it has where it comes from: the query name or header name, else <see cref="Name"/>.</param>
/// <param name="DeclaredTypeName">The type as declared, fully qualified and with its <c>?</c>: the local an optional value is held in.</param>
/// <param name="IsOptional">Nullable or with a default value: a missing value is the default rather than a <c>400</c>.</param>
/// <param name="DefaultValue">For an optional parameter, the C# expression of its default: <c>1</c>, <c>null</c>, <c>(global::Shop.Color)2</c>.</param>
internal sealed record HandlerParameter(
    string Name,
    BindingSource Source,
    string SourceName,
    HandlerType Type,
    string DeclaredTypeName,
    bool IsOptional,
    string? DefaultValue)
{
    public ValueKind Kind => Type.Kind;
}

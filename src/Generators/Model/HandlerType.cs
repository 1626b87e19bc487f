namespace MiniHttp.Generators.Model;

/// <summary>The type of a handler parameter or result, as generated code parses, declares and writes it.</summary>
/// <param name="TypeName">
/// Fully qualified, as generated code names it: <c>int</c>, <c>global::Shop.Color</c>. Of a nullable value type, the
/// underlying type; a JSON type exactly as declared, since the context lists it that way.
/// </param>
/// <param name="DisplayName">As a <c>400</c>'s reason and a diagnostic name it: <c>int</c>, <c>Guid</c>, <c>Color</c>.</param>
/// <param name="JsonTypeInfo">For <see cref="ValueKind.Json"/>, the metadata: <c>global::App.AppJsonContext.Default.Order</c>.</param>
/// <param name="EnumMembers">For <see cref="ValueKind.Enum"/>, the member names in declaration order.</param>
/// <param name="IsReferenceType">Whether a value can be null whatever the annotations say: a JSON body can be <c>null</c>.</param>
internal sealed record HandlerType(
    ValueKind Kind,
    string TypeName,
    string DisplayName,
    string? JsonTypeInfo,
    EquatableArray<string> EnumMembers,
    bool IsReferenceType)
{
    /// <summary>
    /// For <see cref="ValueKind.Json"/> through a context that names no options of its own, the context's type
    /// (<c>global::App.AppJsonContext</c>): <see cref="JsonTypeInfo"/> is then the metadata of the router's one instance
    /// of it with ASP.NET Core's web defaults, which the emitter declares. Null for metadata of the context's own options.
    /// </summary>
    public string? WebJsonContext { get; init; }

    /// <summary>
    /// For <see cref="ValueKind.TypedResult"/>, the results it may be: one for a typed result, each case in order for a
    /// <c>Results&lt;...&gt;</c> union.
    /// </summary>
    public EquatableArray<ResultCase> Cases { get; init; }

    /// <summary>For <see cref="ValueKind.TypedResult"/>, whether it is a <c>Results&lt;...&gt;</c> union of <see cref="Cases"/>.</summary>
    public bool IsUnion { get; init; }

    /// <summary>A type that needs nothing but its kind and names.</summary>
    public static HandlerType Simple(ValueKind kind, string typeName, string displayName) =>
        new(kind, typeName, displayName, JsonTypeInfo: null, EnumMembers: default, IsReferenceType: false);
}

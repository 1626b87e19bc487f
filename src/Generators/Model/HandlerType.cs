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
    /// <summary>A type that needs nothing but its kind and names.</summary>
    public static HandlerType Simple(ValueKind kind, string typeName, string displayName) =>
        new(kind, typeName, displayName, JsonTypeInfo: null, EnumMembers: default, IsReferenceType: false);
}

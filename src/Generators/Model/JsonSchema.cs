namespace MiniHttp.Generators.Model;

/// <summary>
/// A JSON Schema (2020-12, as OpenAPI 3.1 uses it) of a value, reduced to what the generator describes: a type with
/// its format, a string enum, an array, a map, or a reference to a named schema.
/// </summary>
/// <param name="Type">The JSON type (<c>integer</c>, <c>string</c>, <c>array</c>, <c>object</c>...), or null for a reference or any value.</param>
/// <param name="Format">The format of a string or number: <c>int32</c>, <c>date-time</c>, <c>uuid</c>..., or null.</param>
/// <param name="Nullable">Whether <c>null</c> is a value too.</param>
/// <param name="Reference">The type id of a named schema in <see cref="ApiOperation.Schemas"/>, or null.</param>
/// <param name="Items">The schema of an array's elements, or null.</param>
/// <param name="AdditionalProperties">The schema of a map's values (a dictionary keyed by text), or null.</param>
/// <param name="Enum">The values of a string enum, in declaration order; empty for any other schema.</param>
internal sealed record JsonSchema(
    string? Type,
    string? Format,
    bool Nullable,
    string? Reference,
    JsonSchema? Items,
    JsonSchema? AdditionalProperties,
    EquatableArray<string> Enum)
{
    public static JsonSchema Of(string type, string? format = null) => new(type, format, Nullable: false, null, null, null, default);

    public static JsonSchema To(string typeId) => new(null, null, Nullable: false, typeId, null, null, default);

    public static JsonSchema StringEnum(EquatableArray<string> members) => new("string", null, Nullable: false, null, null, null, members);

    public static JsonSchema ArrayOf(JsonSchema items) => new("array", null, Nullable: false, null, items, null, default);

    public static JsonSchema MapOf(JsonSchema values) => new("object", null, Nullable: false, null, null, values, default);

    /// <summary>Any JSON value: the schema of a type the generator does not describe (an <c>object</c>, a <c>JsonElement</c>).</summary>
    public static readonly JsonSchema Any = new(null, null, Nullable: false, null, null, null, default);
}

/// <summary>A named schema: an object type that JSON reads or writes member by member, in <c>components/schemas</c>.</summary>
/// <param name="TypeId">The type, fully qualified: what references name, so two types of one simple name stay apart.</param>
/// <param name="Name">Its name in the document: the type's name, its type arguments appended (<c>PageOfTodo</c>).</param>
/// <param name="Description">The type's XML doc <c>&lt;summary&gt;</c>, or null.</param>
/// <param name="Properties">Its members as JSON names them, in declaration order (base types' first).</param>
internal sealed record JsonSchemaComponent(string TypeId, string Name, string? Description, EquatableArray<JsonSchemaProperty> Properties);

/// <summary>One member of a named schema.</summary>
/// <param name="Name">The name JSON gives it: <c>[JsonPropertyName]</c>, else the context's naming policy applied to the member's name.</param>
/// <param name="Schema">Its value's schema.</param>
/// <param name="Required">Whether the member cannot be null: a non-nullable value type or reference, or <c>required</c>.</param>
/// <param name="Description">The member's XML doc <c>&lt;summary&gt;</c>, or null.</param>
internal sealed record JsonSchemaProperty(string Name, JsonSchema Schema, bool Required, string? Description);

using System.ComponentModel;
using System.Text.Json.Serialization.Metadata;

namespace MiniHttp.HttpResults;

/// <summary>
/// Answers <c>201 Created</c> with no content and, when it has one, a <c>Location</c>; made by <see cref="TypedResults.Created(string?)"/>.
/// </summary>
public readonly struct Created : ITypedResult
{
    internal Created(string? location) => Location = location;

    /// <summary>The <c>Location</c> sent, or null for none.</summary>
    public string? Location { get; }

    /// <inheritdoc/>
    public int StatusCode => 201;

    /// <summary>Writes the response; called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteTo(HttpResponse response, bool omitBody) => response.WriteStatus(201, Location, omitBody);
}

/// <summary>
/// Answers <c>201 Created</c> with <see cref="Value"/> as <c>application/json</c> and, when it has one, a <c>Location</c>; made by
/// <see cref="TypedResults.Created{TValue}(string?, TValue)"/>.
/// </summary>
public readonly struct Created<TValue> : ITypedResult
{
    internal Created(string? location, TValue value)
    {
        Location = location;
        Value = value;
    }

    /// <summary>The <c>Location</c> sent, or null for none.</summary>
    public string? Location { get; }

    /// <summary>The body.</summary>
    public TValue Value { get; }

    /// <inheritdoc/>
    public int StatusCode => 201;

    /// <summary>Writes the response with the metadata the generator took from the JSON context; called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteTo(HttpResponse response, JsonTypeInfo<TValue> typeInfo, bool omitBody) =>
        response.WriteJson(201, Value, typeInfo, Location, omitBody);
}

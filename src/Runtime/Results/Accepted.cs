using System.ComponentModel;
using System.Text.Json.Serialization.Metadata;

namespace MiniHttp.HttpResults;

/// <summary>
/// Answers <c>202 Accepted</c> with no content and, when it has one, a <c>Location</c>; made by <see cref="TypedResults.Accepted(string?)"/>.
/// </summary>
public readonly struct Accepted : ITypedResult
{
    internal Accepted(string? location) => Location = location;

    /// <summary>The <c>Location</c> sent, or null for none.</summary>
    public string? Location { get; }

    /// <inheritdoc/>
    public int StatusCode => 202;

    /// <summary>Writes the response; called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteTo(HttpResponse response, bool omitBody) => response.WriteStatus(202, Location, omitBody);
}

/// <summary>
/// Answers <c>202 Accepted</c> with <see cref="Value"/> as <c>application/json</c> and, when it has one, a <c>Location</c>; made by
/// <see cref="TypedResults.Accepted{TValue}(string?, TValue)"/>.
/// </summary>
public readonly struct Accepted<TValue> : ITypedResult
{
    internal Accepted(string? location, TValue value)
    {
        Location = location;
        Value = value;
    }

    /// <summary>The <c>Location</c> sent, or null for none.</summary>
    public string? Location { get; }

    /// <summary>The body.</summary>
    public TValue Value { get; }

    /// <inheritdoc/>
    public int StatusCode => 202;

    /// <summary>Writes the response with the metadata the generator took from the JSON context; called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteTo(HttpResponse response, JsonTypeInfo<TValue> typeInfo, bool omitBody) =>
        response.WriteJson(202, Value, typeInfo, Location, omitBody);
}

using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization.Metadata;

namespace MiniHttp.HttpResults;

/// <summary>Answers <c>400 Bad Request</c> with no content; made by <see cref="TypedResults.BadRequest()"/>.</summary>
public readonly struct BadRequest : ITypedResult
{
    /// <inheritdoc/>
    public int StatusCode => 400;

    /// <summary>Writes the response; called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [SuppressMessage("Performance", "CA1822", Justification = "An instance method, as every typed result's, so generated code writes any case alike.")]
    public void WriteTo(HttpResponse response, bool omitBody) => response.WriteStatus(400, location: null, omitBody);
}

/// <summary>
/// Answers <c>400 Bad Request</c> with <see cref="Value"/> as <c>application/json</c>, serialized through the application's JSON
/// context, which must list <typeparamref name="TValue"/>; made by <see cref="TypedResults.BadRequest{TValue}(TValue)"/>.
/// </summary>
public readonly struct BadRequest<TValue> : ITypedResult
{
    internal BadRequest(TValue value) => Value = value;

    /// <summary>The body.</summary>
    public TValue Value { get; }

    /// <inheritdoc/>
    public int StatusCode => 400;

    /// <summary>Writes the response with the metadata the generator took from the JSON context; called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteTo(HttpResponse response, JsonTypeInfo<TValue> typeInfo, bool omitBody) =>
        response.WriteJson(400, Value, typeInfo, location: null, omitBody);
}

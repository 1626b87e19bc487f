using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MiniHttp.Binding;

/// <summary>Deserializes a request body through source-generated JSON metadata. Generated code calls it; applications have no need to.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonBody
{
    /// <summary>
    /// Deserializes all of <paramref name="body"/> as one JSON value of <typeparamref name="T"/>; false when it is
    /// not one, or does not fit the type. The exception's message stays here: the client gets a one-line reason
    /// from the generated code, never the serializer's text.
    /// </summary>
    /// <param name="value">The value, which is null for the JSON literal <c>null</c>.</param>
    public static bool TryDeserialize<T>(ReadOnlySpan<byte> body, JsonTypeInfo<T> typeInfo, out T? value)
    {
        try
        {
            value = JsonSerializer.Deserialize(body, typeInfo);
            return true;
        }
        catch (JsonException)
        {
            value = default;
            return false;
        }
    }
}

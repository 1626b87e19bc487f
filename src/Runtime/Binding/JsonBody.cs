using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MiniHttp.Binding;

/// <summary>Deserializes a request body through source-generated JSON metadata. Generated code calls it; applications have no need to.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonBody
{
    /// <summary>
    /// Whether the request says its body is JSON: a Content-Type of <c>application/json</c> or <c>application/*+json</c>
    /// (<c>application/problem+json</c>), in any case, with any parameters. A missing Content-Type is not JSON, as in
    /// ASP.NET Core: nothing is guessed from the bytes.
    /// </summary>
    public static bool HasJsonContentType(scoped in HttpRequest request) =>
        request.TryGetHeader("Content-Type"u8, out var contentType) && IsJsonMediaType(contentType);

    /// <summary>Whether a Content-Type value's media type, before any <c>;</c> parameters, is JSON.</summary>
    public static bool IsJsonMediaType(ReadOnlySpan<byte> contentType)
    {
        var end = contentType.IndexOf((byte)';');
        var mediaType = (end < 0 ? contentType : contentType[..end]).TrimEnd(" \t"u8);
        var typeLength = "application/".Length;
        if (mediaType.Length <= typeLength || !Ascii.EqualsIgnoreCase(mediaType[..typeLength], "application/"u8))
        {
            return false;
        }

        var subtype = mediaType[typeLength..];
        var suffixStart = subtype.Length - "+json".Length;
        return Ascii.EqualsIgnoreCase(subtype, "json"u8)
            || (suffixStart > 0 && Ascii.EqualsIgnoreCase(subtype[suffixStart..], "+json"u8) && subtype.IndexOfAny(" \t/"u8) < 0);
    }

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

using System;
using System.Buffers;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MiniHttp;

public sealed partial class HttpResponse
{
    // A body this large is rare: past it the buffer is dropped after use rather than kept for the connection's life.
    private const int RetainedJsonBufferCapacity = 64 * 1024;

    private ArrayBufferWriter<byte>? _jsonBuffer;
    private Utf8JsonWriter? _jsonWriter;

    /// <summary>
    /// Answers <c>200 OK</c> with <paramref name="value"/> serialized as <c>application/json</c> by source-generated
    /// metadata, so nothing is discovered by reflection.
    /// </summary>
    /// <param name="omitBody">True to answer a <c>HEAD</c> request, as for <see cref="WritePlainText(ReadOnlySpan{byte}, bool)"/>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteJson<T>(T value, JsonTypeInfo<T> typeInfo, bool omitBody = false)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        try
        {
            JsonSerializer.Serialize(StartJson(), value, typeInfo);
            Write(StatusLines.Ok, [], ResultHeaders.ApplicationJson, _jsonBuffer!.WrittenSpan, omitBody);
        }
        finally
        {
            EndJson();
        }
    }

    /// <summary>
    /// Answers <c>200 OK</c> with a JSON document that is already UTF-8 bytes, such as the generated OpenAPI document:
    /// written as it is, <c>application/json</c>, with nothing serialized or allocated.
    /// </summary>
    /// <param name="omitBody">True to answer a <c>HEAD</c> request, as for <see cref="WritePlainText(ReadOnlySpan{byte}, bool)"/>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteJsonUtf8(ReadOnlySpan<byte> utf8Json, bool omitBody = false) =>
        Write(StatusLines.Ok, [], ResultHeaders.ApplicationJson, utf8Json, omitBody);

    /// <summary>
    /// The writer to serialize a body with, over an empty buffer. Content-Length comes before the body, so the body
    /// is serialized first, into a buffer the connection reuses. Emptied here rather than after use so that what a
    /// serializer wrote before it threw never leaks into the next body.
    /// </summary>
    private Utf8JsonWriter StartJson()
    {
        var buffer = _jsonBuffer ??= new ArrayBufferWriter<byte>(256);
        var writer = _jsonWriter ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        return writer;
    }

    private void EndJson()
    {
        if (_jsonBuffer is { Capacity: > RetainedJsonBufferCapacity })
        {
            _jsonBuffer = null;
            _jsonWriter = null;
        }
    }
}

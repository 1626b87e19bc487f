using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Arena.Database;

/// <summary>
/// Writes a string that already is JSON as it is: a <c>jsonb</c> column's text, which PostgreSQL has validated and
/// normalised, so it is neither parsed into a document per row nor escaped into a string.
/// </summary>
public sealed class RawJsonConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Raw JSON is only written.");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value, skipInputValidation: true);
}

using System;
using System.Collections.Generic;
using System.Text.Json;

namespace MiniHttp.Problems;

/// <summary>
/// Writes a problem details object (RFC 9457) with ASP.NET Core's members and order: <c>type</c>, <c>title</c>,
/// <c>status</c>, <c>detail</c>, <c>instance</c>, <c>errors</c> for a validation problem, and <c>traceId</c>. The one
/// writer of problem bodies: the framework's own errors and <c>TypedResults.Problem</c>/<c>ValidationProblem</c> alike.
/// </summary>
internal static class ProblemJson
{
    /// <summary>The Content-Type line of a problem, as ASP.NET Core sends it.</summary>
    public static ReadOnlySpan<byte> ContentTypeLine => "Content-Type: application/problem+json\r\n"u8;

    /// <summary>The title ASP.NET Core gives a validation problem.</summary>
    public static string ValidationTitle => "One or more validation errors occurred.";

    /// <summary>
    /// Writes the problem of a result: a missing <paramref name="type"/> or <paramref name="title"/> is the status's
    /// default (<see cref="ProblemDefaults"/>), and members that are null are left out.
    /// </summary>
    public static void Write(
        Utf8JsonWriter writer,
        int statusCode,
        string? type,
        string? title,
        string? detail,
        string? instance,
        IDictionary<string, string[]>? errors,
        ReadOnlySpan<byte> traceId)
    {
        writer.WriteStartObject();
        WriteString(writer, "type"u8, type, ProblemDefaults.Type(statusCode));
        WriteString(writer, "title"u8, title, ProblemDefaults.Title(statusCode));
        writer.WriteNumber("status"u8, statusCode);
        if (detail is not null)
        {
            writer.WriteString("detail"u8, detail);
        }

        if (instance is not null)
        {
            writer.WriteString("instance"u8, instance);
        }

        if (errors is not null)
        {
            WriteErrors(writer, errors);
        }

        writer.WriteString("traceId"u8, traceId);
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes the problem of a framework error: the status's type and title, and the error's one-line reason as its detail.</summary>
    public static void Write(Utf8JsonWriter writer, int statusCode, ReadOnlySpan<byte> detail, ReadOnlySpan<byte> traceId)
    {
        writer.WriteStartObject();
        WriteIfAny(writer, "type"u8, ProblemDefaults.Type(statusCode));
        WriteIfAny(writer, "title"u8, ProblemDefaults.Title(statusCode));
        writer.WriteNumber("status"u8, statusCode);
        WriteIfAny(writer, "detail"u8, detail);
        writer.WriteString("traceId"u8, traceId);
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>
    /// Writes the validation problem of the generated checks: 400's type and title, and under <c>errors</c> each member's
    /// key with its messages in the order they were found.
    /// </summary>
    public static void WriteValidation(Utf8JsonWriter writer, IReadOnlyList<KeyValuePair<string, string>> errors)
    {
        writer.WriteStartObject();
        writer.WriteString("type"u8, ProblemDefaults.Type(400));
        writer.WriteString("title"u8, ValidationTitle);
        writer.WriteNumber("status"u8, 400);
        writer.WriteStartObject("errors"u8);
        WriteErrorsByKey(writer, errors);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteString(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value, ReadOnlySpan<byte> fallback)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
        else
        {
            WriteIfAny(writer, name, fallback);
        }
    }

    private static void WriteIfAny(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ReadOnlySpan<byte> value)
    {
        if (!value.IsEmpty)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteErrors(Utf8JsonWriter writer, IDictionary<string, string[]> errors)
    {
        writer.WriteStartObject("errors"u8);

        // A Dictionary, the usual kind, is walked with its struct enumerator: through the interface it would be boxed.
        if (errors is Dictionary<string, string[]> dictionary)
        {
            foreach (var (member, messages) in dictionary)
            {
                WriteMember(writer, member, messages);
            }
        }
        else
        {
            foreach (var (member, messages) in errors)
            {
                WriteMember(writer, member, messages);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteMember(Utf8JsonWriter writer, string member, string[]? messages)
    {
        writer.WriteStartArray(member);
        foreach (var message in messages ?? [])
        {
            writer.WriteStringValue(message);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes each key once, with every message for it: a member's checks are added one after another, but a key can
    /// come back later (a nested type's own check on a member already reported), so keys are grouped, not assumed adjacent.
    /// </summary>
    private static void WriteErrorsByKey(Utf8JsonWriter writer, IReadOnlyList<KeyValuePair<string, string>> errors)
    {
        for (var i = 0; i < errors.Count; i++)
        {
            var key = errors[i].Key;
            if (IsKeyBefore(errors, key, i))
            {
                continue;
            }

            writer.WriteStartArray(key);
            for (var j = i; j < errors.Count; j++)
            {
                if (errors[j].Key == key)
                {
                    writer.WriteStringValue(errors[j].Value);
                }
            }

            writer.WriteEndArray();
        }
    }

    private static bool IsKeyBefore(IReadOnlyList<KeyValuePair<string, string>> errors, string key, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (errors[i].Key == key)
            {
                return true;
            }
        }

        return false;
    }
}

using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using MiniHttp.Problems;
using MiniHttp.Validation;

namespace MiniHttp;

public sealed partial class HttpResponse
{
    /// <summary>
    /// Answers <c>400 Bad Request</c> with an RFC 9457 validation problem listing every error, in the shape and with the
    /// fields ASP.NET Core's minimal APIs write: <c>type</c>, <c>title</c>, <c>status</c> and <c>errors</c>, each member's
    /// key mapped to its messages in the order they were found. The connection stays open: the request was well framed.
    /// </summary>
    /// <param name="errors">At least one error.</param>
    /// <param name="omitBody">True to answer a <c>HEAD</c> request, as for <see cref="WritePlainText(ReadOnlySpan{byte}, bool)"/>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteValidationProblem(in ValidationErrors errors, bool omitBody = false)
    {
        try
        {
            var writer = StartJson();
            writer.WriteStartObject();
            writer.WriteString("type"u8, ProblemDefaults.Type(400));
            writer.WriteString("title"u8, ProblemJson.ValidationTitle);
            writer.WriteNumber("status"u8, 400);
            writer.WriteStartObject("errors"u8);
            WriteErrorsByKey(writer, errors.Errors);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.Flush();
            Write(StatusLines.BadRequest, [], ProblemJson.ContentTypeLine, _jsonBuffer!.WrittenSpan, omitBody);
        }
        finally
        {
            EndJson();
        }
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

using System;
using System.Text.Json;

namespace MiniHttp;

public sealed partial class HttpResponse
{
    /// <summary>Answers with a handler's <see cref="HttpResult"/>: its status, its headers and its body.</summary>
    /// <param name="omitBody">
    /// True to answer a <c>HEAD</c> request, as for <see cref="WritePlainText(ReadOnlySpan{byte}, bool)"/>: a JSON
    /// body is still serialized, because its length is the Content-Length a <c>GET</c> would have had.
    /// </param>
    /// <exception cref="ArgumentException">The result is <c>default(HttpResult)</c>; nothing is written.</exception>
    public void WriteResult(HttpResult result, bool omitBody = false)
    {
        if (result.StatusCode == 0)
        {
            throw new ArgumentException("default(HttpResult) is not a response; make one with HttpResult.Status, Text, Bytes or Json.", nameof(result));
        }

        Span<byte> unregistered = stackalloc byte[StatusLines.UnregisteredLength];
        var statusLine = StatusLines.For(result.StatusCode, unregistered);

        switch (result.Kind)
        {
            case ResultBody.Text:
                WriteText(statusLine, result.HeaderLines, result.ContentTypeLine, result.TextBody!, omitBody);
                break;

            case ResultBody.Bytes:
                Write(statusLine, result.HeaderLines, result.ContentTypeLine, result.BytesBody, omitBody);
                break;

            case ResultBody.Json:
                try
                {
                    JsonSerializer.Serialize(StartJson(), result.JsonValue, result.JsonTypeInfo!);
                    Write(statusLine, result.HeaderLines, result.ContentTypeLine, _jsonBuffer!.WrittenSpan, omitBody);
                }
                finally
                {
                    EndJson();
                }

                break;

            case ResultBody.None when result.StatusCode is 204 or 304:
                WriteBodiless(statusLine, result.HeaderLines, result.ContentTypeLine);
                break;

            default:
                // Content-Length: 0 rather than nothing: without it a response to HTTP/1.1 would run to the connection's end.
                Write(statusLine, result.HeaderLines, result.ContentTypeLine, [], omitBody);
                break;
        }
    }
}

using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MiniHttp.Problems;

namespace MiniHttp;

public sealed partial class HttpResponse
{
    // A Location line this long fits on the stack; a longer one (rare) is encoded into a pooled array.
    private const int StackLocationLineLength = 256;

    /// <summary>
    /// Answers a typed result without a body: <paramref name="statusCode"/>, a <c>Location</c> when one is given,
    /// and <c>Content-Length: 0</c>, or no Content-Length for <c>204</c>, which never has content.
    /// </summary>
    internal void WriteStatus(int statusCode, string? location, bool omitBody)
    {
        Span<byte> unregistered = stackalloc byte[StatusLines.UnregisteredLength];
        var statusLine = StatusLines.For(statusCode, unregistered);
        byte[]? rented = null;
        Span<byte> locationBuffer = stackalloc byte[StackLocationLineLength];
        var locationLine = LocationLine(location, locationBuffer, ref rented);
        try
        {
            if (statusCode == 204)
            {
                WriteBodiless(statusLine, locationLine, []);
            }
            else
            {
                Write(statusLine, locationLine, [], [], omitBody);
            }
        }
        finally
        {
            Return(rented);
        }
    }

    /// <summary>
    /// Answers a typed result with <paramref name="value"/> serialized as <c>application/json</c> through the
    /// metadata the generated code passes, with a <c>Location</c> when one is given.
    /// </summary>
    internal void WriteJson<T>(int statusCode, T value, JsonTypeInfo<T> typeInfo, string? location, bool omitBody)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        Span<byte> unregistered = stackalloc byte[StatusLines.UnregisteredLength];
        var statusLine = StatusLines.For(statusCode, unregistered);
        byte[]? rented = null;
        Span<byte> locationBuffer = stackalloc byte[StackLocationLineLength];
        var locationLine = LocationLine(location, locationBuffer, ref rented);
        try
        {
            JsonSerializer.Serialize(StartJson(), value, typeInfo);
            Write(statusLine, locationLine, ResultHeaders.ApplicationJson, _jsonBuffer!.WrittenSpan, omitBody);
        }
        finally
        {
            EndJson();
            Return(rented);
        }
    }

    /// <summary>
    /// Answers a problem details result (RFC 9457) as <c>application/problem+json</c>, its missing type and title
    /// those ASP.NET Core gives the status, with the request's trace identifier.
    /// </summary>
    internal void WriteProblem(
        int statusCode, string? type, string? title, string? detail, string? instance, IDictionary<string, string[]>? errors, bool omitBody)
    {
        Span<byte> unregistered = stackalloc byte[StatusLines.UnregisteredLength];
        var statusLine = StatusLines.For(statusCode, unregistered);
        Span<byte> traceId = stackalloc byte[TraceIdentifier.Length];
        TraceId(traceId);
        try
        {
            var writer = StartJson();
            ProblemJson.Write(writer, statusCode, type, title, detail, instance, errors, traceId);
            Write(statusLine, [], ProblemJson.ContentTypeLine, _jsonBuffer!.WrittenSpan, omitBody);
        }
        finally
        {
            EndJson();
        }
    }

    /// <summary>
    /// <c>Location: value\r\n</c> encoded into <paramref name="buffer"/>, or into an array rented for a longer one;
    /// empty for no location. The value is checked as any header a handler adds.
    /// </summary>
    private static ReadOnlySpan<byte> LocationLine(string? location, Span<byte> buffer, ref byte[]? rented)
    {
        if (location is null)
        {
            return [];
        }

        ResultHeaders.Validate("Location", location);
        var length = ResultHeaders.LineLength("Location", location);
        if (length > buffer.Length)
        {
            rented = ArrayPool<byte>.Shared.Rent(length);
            buffer = rented;
        }

        ResultHeaders.WriteLine("Location", location, buffer);
        return buffer[..length];
    }

    private static void Return(byte[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}

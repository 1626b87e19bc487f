using System;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.Extensions.Logging;
using MiniHttp;

[assembly: RequestHooks(typeof(Todo.AccessLog))]

namespace Todo;

/// <summary>When a request started, and its method and path when the access log is on.</summary>
public readonly record struct AccessLogEntry(long Started, string? Request);

/// <summary>
/// Request hooks: a <c>X-Content-Type-Options</c> header on every response, and an access log line per request at
/// information level (off in appsettings.json; the strings are made only when it is on). Created by the router from
/// services, like the routes classes.
/// </summary>
public sealed partial class AccessLog(ILogger<AccessLog> logger, TimeProvider clock) : IRequestHooks<AccessLogEntry>
{
    public bool OnRequest(scoped in HttpRequest request, HttpResponse response, out AccessLogEntry state)
    {
        response.AddHeader("X-Content-Type-Options", "nosniff");
        var line = logger.IsEnabled(LogLevel.Information)
            ? Encoding.ASCII.GetString(request.MethodToken) + " " + Encoding.ASCII.GetString(request.Path)
            : null;
        state = new AccessLogEntry(clock.GetTimestamp(), line);
        return true;
    }

    [SuppressMessage("Performance", "CA1873", Justification = "The elapsed time is read only when the line was made, which the log level decided.")]
    public void OnResponse(in AccessLogEntry state, HttpResponse response)
    {
        // The line is there only when the log level was on at the request's start.
        if (state.Request is { } request && logger.IsEnabled(LogLevel.Information))
        {
            Answered(logger, request, response.StatusCode, clock.GetElapsedTime(state.Started).TotalMilliseconds);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Request} {StatusCode} in {Milliseconds:F1} ms")]
    private static partial void Answered(ILogger logger, string request, int statusCode, double milliseconds);
}

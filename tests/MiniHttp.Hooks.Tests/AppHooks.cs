using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using MiniHttp;
using MiniHttp.Hooks.Tests;

[assembly: RequestHooks(typeof(AppHooks))]

namespace MiniHttp.Hooks.Tests;

/// <summary>What the hooks carry from a request to its response: what an access log line needs.</summary>
public readonly record struct RequestStart(RequestMethod Method, string Path, long StartedAt);

/// <summary>One access log line, as the hooks record it after each response.</summary>
public sealed record AccessLogEntry(RequestMethod Method, string Path, string? Route, int StatusCode, TimeSpan Elapsed);

/// <summary>
/// The three uses the hooks exist for: a bearer-token check on <c>/admin</c> paths, CORS headers for one allowed origin,
/// and an access log of every answered request.
/// </summary>
public sealed class AppHooks(string token, string allowedOrigin) : IRequestHooks<RequestStart>
{
    private static readonly HttpResult Unauthorized = HttpResult.Text(401, "Unauthorized").WithHeader("WWW-Authenticate", "Bearer");

    private readonly byte[] _origin = Encoding.ASCII.GetBytes(allowedOrigin);
    private readonly byte[] _authorization = Encoding.ASCII.GetBytes("Bearer " + token);

    public ConcurrentQueue<AccessLogEntry> AccessLog { get; } = new();

    /// <summary>A header value the next request's hook adds, to check that a bad one fails like a throwing handler.</summary>
    public string? ExtraHeaderValue { get; set; }

    public bool OnRequest(scoped in HttpRequest request, HttpResponse response, out RequestStart state)
    {
        state = new RequestStart(request.Method, Encoding.ASCII.GetString(request.Path), Stopwatch.GetTimestamp());

        if (request.TryGetHeader("Origin"u8, out var origin) && origin.SequenceEqual(_origin))
        {
            response.AddHeader("Access-Control-Allow-Origin", allowedOrigin);
            response.AddHeader("Vary", "Origin");
        }

        if (ExtraHeaderValue is { } value)
        {
            response.AddHeader("X-Extra", value);
        }

        if (request.Path.StartsWith("/admin"u8)
            && !(request.TryGetHeader("Authorization"u8, out var authorization) && authorization.SequenceEqual(_authorization)))
        {
            response.WriteResult(Unauthorized, request.Method == RequestMethod.Head);
            return false;
        }

        return true;
    }

    public void OnResponse(in RequestStart state, HttpResponse response) =>
        AccessLog.Enqueue(new AccessLogEntry(state.Method, state.Path, response.Route, response.StatusCode, Stopwatch.GetElapsedTime(state.StartedAt)));
}

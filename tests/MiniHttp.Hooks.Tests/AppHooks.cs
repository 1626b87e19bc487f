using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using MiniHttp;
using MiniHttp.Hooks.Tests;

[assembly: RequestHooks(typeof(AppHooks))]

namespace MiniHttp.Hooks.Tests;

/// <summary>What the hooks carry from a request to its response: what an access log line needs, and how to misbehave.</summary>
public readonly record struct RequestStart(RequestMethod Method, string Path, long StartedAt, Misbehaviour Misbehaviour = Misbehaviour.None);

/// <summary>
/// The mistakes a request's <c>X-Misbehave</c> field makes the hooks commit, each of which would put a second response
/// (or a response from <c>OnResponse</c>) on the wire if the server let it.
/// </summary>
public enum Misbehaviour
{
    None,

    /// <summary><c>OnRequest</c> answers 401 and still returns true, so that the route would answer too.</summary>
    AnswerAndGoOn,

    /// <summary><c>OnResponse</c> writes a response after the request was answered.</summary>
    WriteInOnResponse,

    /// <summary><c>OnRequest</c> returns false without answering, and <c>OnResponse</c> tries to answer instead.</summary>
    DeclineThenWriteInOnResponse,

    /// <summary><c>OnResponse</c> adds a header to a response already written.</summary>
    AddHeaderInOnResponse,
}

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
        state = new RequestStart(request.Method, Encoding.ASCII.GetString(request.Path), Stopwatch.GetTimestamp(), MisbehaviourOf(request));

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

        switch (state.Misbehaviour)
        {
            case Misbehaviour.AnswerAndGoOn:
                response.WriteResult(Unauthorized, request.Method == RequestMethod.Head);
                return true;
            case Misbehaviour.DeclineThenWriteInOnResponse:
                return false;
            default:
                return true;
        }
    }

    public void OnResponse(in RequestStart state, HttpResponse response)
    {
        AccessLog.Enqueue(new AccessLogEntry(state.Method, state.Path, response.Route, response.StatusCode, Stopwatch.GetElapsedTime(state.StartedAt)));
        switch (state.Misbehaviour)
        {
            case Misbehaviour.WriteInOnResponse or Misbehaviour.DeclineThenWriteInOnResponse:
                response.WriteResult(HttpResult.Text(200, "from OnResponse"));
                break;
            case Misbehaviour.AddHeaderInOnResponse:
                response.AddHeader("X-Late", "1");
                break;
        }
    }

    private static Misbehaviour MisbehaviourOf(scoped in HttpRequest request) =>
        request.TryGetHeader("X-Misbehave"u8, out var name) ? Enum.Parse<Misbehaviour>(Encoding.ASCII.GetString(name)) : Misbehaviour.None;
}

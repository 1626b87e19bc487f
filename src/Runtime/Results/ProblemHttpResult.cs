using System.ComponentModel;

namespace MiniHttp.HttpResults;

/// <summary>
/// Answers a problem details object (RFC 9457) as <c>application/problem+json</c>, with the request's <c>traceId</c>, as
/// the framework's own errors are written when <see cref="ServerOptions.ProblemDetails"/> is on; made by
/// <see cref="TypedResults.Problem"/>. A type or title left null is the status's default (ASP.NET Core's).
/// </summary>
public readonly struct ProblemHttpResult : ITypedResult
{
    internal ProblemHttpResult(int statusCode, string? title, string? detail, string? type, string? instance)
    {
        StatusCode = statusCode;
        Title = title;
        Detail = detail;
        Type = type;
        Instance = instance;
    }

    /// <inheritdoc/>
    public int StatusCode { get; }

    /// <summary>The problem's short summary, or null for the status's.</summary>
    public string? Title { get; }

    /// <summary>What went wrong this time, or null to leave it out.</summary>
    public string? Detail { get; }

    /// <summary>A URI naming the problem's type, or null for the status's.</summary>
    public string? Type { get; }

    /// <summary>A URI naming this occurrence, or null to leave it out.</summary>
    public string? Instance { get; }

    /// <summary>Writes the response; called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteTo(HttpResponse response, bool omitBody) =>
        response.WriteProblem(StatusCode, Type, Title, Detail, Instance, errors: null, omitBody);
}

using System.Collections.Generic;
using System.ComponentModel;
using MiniHttp.Problems;

namespace MiniHttp.HttpResults;

/// <summary>
/// Answers <c>400 Bad Request</c> with a validation problem (RFC 9457) listing <see cref="Errors"/>, each member's
/// messages under <c>errors</c>, as ASP.NET Core's <c>HttpValidationProblemDetails</c>; made by
/// <see cref="TypedResults.ValidationProblem"/>.
/// </summary>
public readonly struct ValidationProblem : ITypedResult
{
    internal ValidationProblem(IDictionary<string, string[]> errors, string? title, string? detail, string? type, string? instance)
    {
        Errors = errors;
        Title = title;
        Detail = detail;
        Type = type;
        Instance = instance;
    }

    /// <summary>The messages of each member that failed, by the member's name.</summary>
    public IDictionary<string, string[]> Errors { get; }

    /// <summary>The problem's short summary, or null for <c>One or more validation errors occurred.</c></summary>
    public string? Title { get; }

    /// <summary>What went wrong this time, or null to leave it out.</summary>
    public string? Detail { get; }

    /// <summary>A URI naming the problem's type, or null for the status's.</summary>
    public string? Type { get; }

    /// <summary>A URI naming this occurrence, or null to leave it out.</summary>
    public string? Instance { get; }

    /// <inheritdoc/>
    public int StatusCode => 400;

    /// <summary>Writes the response; called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteTo(HttpResponse response, bool omitBody) =>
        response.WriteProblem(400, Type, Title ?? ProblemJson.ValidationTitle, Detail, Instance, Errors, omitBody);
}

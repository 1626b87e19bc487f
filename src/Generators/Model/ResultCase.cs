namespace MiniHttp.Generators.Model;

/// <summary>One typed result a handler may answer with: the whole result, or one case of a <c>Results&lt;...&gt;</c> union.</summary>
/// <param name="Name">The result's type name without its type argument: <c>Ok</c>, <c>NotFound</c>, <c>ProblemHttpResult</c>.</param>
/// <param name="StatusCode">Its status when its type decides it; null for a redirect or a problem, whose status is a value.</param>
/// <param name="Value">The JSON type of its body, with the metadata to write it; null when it has none or writes its own.</param>
internal sealed record ResultCase(string Name, int? StatusCode, HandlerType? Value)
{
    /// <summary>The media type of its body: JSON for a value, a problem's own type for a problem; null for no body.</summary>
    public string? ContentType => Value is not null
        ? "application/json"
        : Name is "ProblemHttpResult" or "ValidationProblem" ? "application/problem+json" : null;
}

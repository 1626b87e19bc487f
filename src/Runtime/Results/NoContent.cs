using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace MiniHttp.HttpResults;

/// <summary>Answers <c>204 No Content</c>: no content and no Content-Length; made by <see cref="TypedResults.NoContent"/>.</summary>
public readonly struct NoContent : ITypedResult
{
    /// <inheritdoc/>
    public int StatusCode => 204;

    /// <summary>Writes the response; called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [SuppressMessage("Performance", "CA1822", Justification = "An instance method, as every typed result's, so generated code writes any case alike.")]
    public void WriteTo(HttpResponse response, bool omitBody) => response.WriteStatus(204, location: null, omitBody);
}

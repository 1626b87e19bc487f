using System.ComponentModel;

namespace MiniHttp.HttpResults;

/// <summary>
/// Answers a redirection to <see cref="Url"/>, with no content: <c>302 Found</c>, <c>301 Moved Permanently</c>, or, when
/// the method must be kept, <c>307 Temporary Redirect</c> and <c>308 Permanent Redirect</c>; made by
/// <see cref="TypedResults.Redirect"/>.
/// </summary>
public readonly struct RedirectHttpResult : ITypedResult
{
    internal RedirectHttpResult(string url, bool permanent, bool preserveMethod)
    {
        Url = url;
        Permanent = permanent;
        PreserveMethod = preserveMethod;
    }

    /// <summary>The <c>Location</c> sent.</summary>
    public string Url { get; }

    /// <summary>Whether the move is permanent (301 or 308).</summary>
    public bool Permanent { get; }

    /// <summary>Whether the client must repeat the request's method (307 or 308).</summary>
    public bool PreserveMethod { get; }

    /// <inheritdoc/>
    public int StatusCode => (Permanent, PreserveMethod) switch
    {
        (false, false) => 302,
        (true, false) => 301,
        (false, true) => 307,
        (true, true) => 308,
    };

    /// <summary>Writes the response; called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteTo(HttpResponse response, bool omitBody) => response.WriteStatus(StatusCode, Url, omitBody);
}

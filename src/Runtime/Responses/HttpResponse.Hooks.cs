using System;
using System.Threading.Tasks;

namespace MiniHttp;

public sealed partial class HttpResponse
{
    // Header lines added to the request being answered, kept across requests so a connection allocates them once.
    private byte[]? _addedHeaders;
    private int _addedHeadersLength;

    /// <summary>The status code of the response written to the request being answered, or 0 before one is written.</summary>
    public int StatusCode { get; private set; }

    /// <summary>
    /// The template of the route answering the request, as its attribute declares it (<c>/json/{count:int}</c>); null
    /// while none does (before routing, and for the router's own 404, 405 and OPTIONS answers). Set by the generated
    /// router; the server's metrics tag requests with it (<c>http.route</c>), and request hooks may log it.
    /// </summary>
    public string? Route { get; set; }

    private ReadOnlySpan<byte> AddedHeaders => _addedHeaders.AsSpan(0, _addedHeadersLength);

    /// <summary>
    /// Adds the field <paramref name="name"/>: <paramref name="value"/> to whichever response answers the request being
    /// dispatched, among its headers: for a request hook's CORS or security headers, say. Checked as a
    /// result's headers are, so no CR, LF or NUL can reach the wire.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The name is not a token, the value is not a valid field value, or the field is one the response itself decides
    /// (Content-Type and the framing and connection fields).
    /// </exception>
    public void AddHeader(string name, string value)
    {
        ResultHeaders.Validate(name, value);
        if (ResultHeaders.IsContentType(name))
        {
            throw new ArgumentException("The response's Content-Type is its result's; a hook may not add one.", nameof(name));
        }

        var lineLength = ResultHeaders.LineLength(name, value);
        if (_addedHeaders is null || _addedHeaders.Length - _addedHeadersLength < lineLength)
        {
            Array.Resize(ref _addedHeaders, Math.Max(256, (_addedHeadersLength + lineLength) * 2));
        }

        ResultHeaders.WriteLine(name, value, _addedHeaders.AsSpan(_addedHeadersLength));
        _addedHeadersLength += lineLength;
    }

    /// <summary>
    /// Runs <paramref name="hooks"/>' <see cref="IRequestHooks{TState}.OnResponse"/> once this request is answered: now,
    /// or after the deferred response of an asynchronous handler is written. Called by generated code at the end of
    /// <c>Dispatch</c>.
    /// </summary>
    public void AfterResponse<TState>(IRequestHooks<TState> hooks, in TState state)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        if (IsDeferred)
        {
            Defer(AfterDeferredResponse(TakeDeferred(), hooks, state));
        }
        else
        {
            hooks.OnResponse(in state, this);
        }
    }

    private async ValueTask AfterDeferredResponse<TState>(ValueTask pending, IRequestHooks<TState> hooks, TState state)
    {
        await pending.ConfigureAwait(false);
        hooks.OnResponse(in state, this);
    }
}

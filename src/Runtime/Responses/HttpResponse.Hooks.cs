using System;
using System.ComponentModel;
using System.Threading.Tasks;

namespace MiniHttp;

public sealed partial class HttpResponse
{
    // Header lines added to the request being answered, kept across requests so a connection allocates them once.
    private byte[]? _addedHeaders;
    private int _addedHeadersLength;
    private string? _route;

    /// <summary>The status code of the response written to the request being answered, or 0 before one is written.</summary>
    public int StatusCode { get; private set; }

    /// <summary>
    /// The template of the route answering the request, as its attribute declares it (<c>/json/{count:int}</c>); null
    /// while none does (before routing, and for the router's own 404, 405 and OPTIONS answers). Set by the generated
    /// router; the server's metrics tag requests with it (<c>http.route</c>), and request hooks may log it.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// Set once the request has a response: the generated code names the route before its handler runs, so a route
    /// reached after a request hook answered (and returned true) stops there, without running its handler.
    /// </exception>
    public string? Route
    {
        get => _route;
        set
        {
            if (_state != ResponseState.Open)
            {
                ResponseMisuse.ThrowRoute(_state);
            }

            _route = value;
        }
    }

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
    /// <exception cref="InvalidOperationException">The response was already written or started: the header would never be sent.</exception>
    public void AddHeader(string name, string value)
    {
        if (_state != ResponseState.Open)
        {
            ResponseMisuse.ThrowAddHeader(_state);
        }

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
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void AfterResponse<TState>(IRequestHooks<TState> hooks, in TState state)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        if (IsDeferred)
        {
            Defer(AfterDeferredResponse(TakeDeferred(), hooks, state));
        }
        else
        {
            RunResponseHook(hooks, in state);
        }
    }

    private async ValueTask AfterDeferredResponse<TState>(ValueTask pending, IRequestHooks<TState> hooks, TState state)
    {
        await pending.ConfigureAwait(false);
        RunResponseHook(hooks, in state);
    }

    /// <summary>
    /// Runs <see cref="IRequestHooks{TState}.OnResponse"/> with every write refused, whether or not the request was
    /// answered; afterwards the response is as it was, so that the connection still answers <c>500</c> a request that
    /// got no response.
    /// </summary>
    private void RunResponseHook<TState>(IRequestHooks<TState> hooks, in TState state)
    {
        var answered = _state;
        _state = ResponseState.InResponseHook;
        try
        {
            hooks.OnResponse(in state, this);
        }
        finally
        {
            _state = answered;
        }
    }
}

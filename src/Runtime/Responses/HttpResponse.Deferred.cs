using System;
using System.ComponentModel;
using System.Threading.Tasks;

namespace MiniHttp;

public sealed partial class HttpResponse
{
    private ValueTask _deferred;

    /// <summary>Whether the handler being dispatched deferred its response with <see cref="Defer"/>.</summary>
    internal bool IsDeferred { get; private set; }

    /// <summary>
    /// Hands the connection the unfinished work of an asynchronous handler: <paramref name="pending"/> writes this request's
    /// one response when it completes. Called by generated code, from <c>Dispatch</c>, only when the handler's task did not
    /// complete at once (a task that did is answered synchronously and costs nothing extra).
    /// </summary>
    /// <remarks>
    /// After <c>Dispatch</c> returns, the connection awaits <paramref name="pending"/>, sends its response together with
    /// those to the requests before it, and only then answers the requests pipelined behind it, so responses stay in
    /// request order. Until <paramref name="pending"/> completes, this response (and the connection's output) belongs to
    /// it alone, whatever thread it runs on. If <paramref name="pending"/> fails before writing a response, the client gets a bare <c>500</c> and the
    /// exception goes to the server's log. <para/>
    /// The request's spans (<see cref="HttpRequest.Path"/>, <see cref="HttpRequest.Body"/>, headers and the rest) point into
    /// the receive buffer, which the connection reuses once <c>Dispatch</c> returns: <paramref name="pending"/> must not use
    /// them. Copy what it needs before deferring (the generated code binds every argument first). A streamed body
    /// (<see cref="HttpRequest.BodyReader"/>, <see cref="HttpRequest.BodyStream"/>) and <see cref="HttpRequest.Aborted"/>
    /// are not spans: take them before deferring, and they stay valid until <paramref name="pending"/> completes.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The response was already deferred.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void Defer(ValueTask pending)
    {
        if (IsDeferred)
        {
            ResponseMisuse.ThrowDeferredTwice();
        }

        _deferred = pending;
        IsDeferred = true;
    }

    /// <summary>Takes the deferred work, leaving the response ready for the next request.</summary>
    internal ValueTask TakeDeferred()
    {
        var pending = _deferred;
        _deferred = default;
        IsDeferred = false;
        return pending;
    }
}

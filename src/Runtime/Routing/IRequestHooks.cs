using System;

namespace MiniHttp;

/// <summary>
/// Work the generated router does around every request, whatever its route: checks before the handler (authentication,
/// say) and work after its response (an access log, say). Named once per assembly with
/// <c>[assembly: RequestHooks(typeof(AppHooks))]</c>; the application constructs the hooks and gives them to the router,
/// <c>new Router(new AppHooks(...))</c>, and every connection calls that one instance, concurrently.
/// </summary>
/// <remarks>
/// <para>
/// The router calls the hooks' class directly, not through this interface, so they cost two direct calls per request
/// and nothing at all in an application without them: without the attribute, the generator emits no call.
/// </para>
/// <para>
/// <typeparamref name="TState"/> carries what <see cref="OnRequest"/> learns to <see cref="OnResponse"/>, such as the
/// time the request started or the user it authenticated. It is a value of the hooks' choosing, not the request: the
/// request's spans point into the receive buffer, which a deferred response outlives.
/// </para>
/// </remarks>
/// <typeparam name="TState">What the hooks keep from a request until its response is written.</typeparam>
public interface IRequestHooks<TState>
{
    /// <summary>
    /// Runs before the request is routed. Returns true to go on to its handler (or to the server's <c>404</c>,
    /// <c>405</c> or <c>OPTIONS</c> answer); false when the hook has answered the request itself, with
    /// <see cref="HttpResponse.WriteResult"/> (a <c>401</c>, say).
    /// </summary>
    /// <remarks>
    /// Headers added here with <see cref="HttpResponse.AddHeader"/> go out with whichever response answers the request,
    /// which is how a hook adds CORS headers. A hook that returns false without answering gets the client a bare
    /// <c>500</c>, as a handler that answers nothing does; a hook that throws is treated as a handler that throws. A hook
    /// that answers and still returns true gets its own response sent alone: the route throws
    /// <see cref="InvalidOperationException"/> before its handler runs, and the server logs it.
    /// </remarks>
    bool OnRequest(scoped in HttpRequest request, HttpResponse response, out TState state);

    /// <summary>
    /// Runs once the request is answered: right after a synchronous handler returns, or when an asynchronous one's
    /// deferred response is written. <see cref="HttpResponse.StatusCode"/> is the status sent.
    /// </summary>
    /// <remarks>
    /// Not called for a request whose handler (or <see cref="OnRequest"/>) threw: the server answers it <c>500</c> (if
    /// nothing was written) and logs the exception as <c>HandlerFailed</c>. <paramref name="response"/> is for reading
    /// here: a write or an added header throws <see cref="InvalidOperationException"/>, which is logged the same way,
    /// and never reaches the wire.
    /// </remarks>
    void OnResponse(in TState state, HttpResponse response);
}

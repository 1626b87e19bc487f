using System;

namespace MiniHttp;

/// <summary>
/// The dispatch entry point that the source generator emits for an application's handlers.
/// </summary>
/// <remarks>
/// The server is generic over a <c>struct</c> router and holds the one instance the application gives it in a field of
/// that type, so the JIT specialises the connection loop for it and <see cref="Dispatch"/> is a constrained, direct and
/// inlinable call: no interface dispatch and no boxing per request.
/// </remarks>
public interface IHttpRouter
{
    /// <summary>Answers one complete request by writing exactly one response.</summary>
    /// <remarks>
    /// An instance method so that the router can hold the application's routes instances, whose instance handlers it
    /// calls. Each connection holds a copy of the router, so the copies share those instances, and concurrent requests
    /// call them at once.
    /// </remarks>
    void Dispatch(scoped in HttpRequest request, HttpResponse response);

    /// <summary>
    /// Whether the router holds state that only the application can give its constructor (the generated router does
    /// when some handlers are instance methods), so that <c>default(TRouter)</c> cannot dispatch and a server needs the
    /// constructed instance.
    /// </summary>
    static virtual bool RequiresInstance => false;

    /// <summary>
    /// Whether the route for <paramref name="method"/> and <paramref name="path"/> reads its body as it arrives, through
    /// <see cref="HttpRequest.BodyStream"/> or <see cref="HttpRequest.BodyReader"/>, instead of receiving it whole in
    /// <see cref="HttpRequest.Body"/>. Asked once per request with a body, as soon as its head is in; the generated router
    /// overrides it for the routes whose handlers take a <c>Stream</c> or <c>PipeReader</c>.
    /// </summary>
    /// <param name="method">The request's method.</param>
    /// <param name="path">The request's path, as in <see cref="HttpRequest.Path"/>.</param>
    static virtual bool StreamsBody(RequestMethod method, ReadOnlySpan<byte> path) => false;

    /// <summary>
    /// The largest body the route for <paramref name="method"/> and <paramref name="path"/> takes whole, before its handler
    /// runs: <paramref name="serverLimit"/> (<see cref="ServerLimits.MaxBufferedRequestBodySize"/>) unless the route says
    /// otherwise. Asked once per request with a body that is not streamed, as soon as its head is in; the generated
    /// router overrides it when some handler has a <see cref="MaxBufferedRequestBodySizeAttribute"/>.
    /// </summary>
    /// <param name="method">The request's method.</param>
    /// <param name="path">The request's path, as in <see cref="HttpRequest.Path"/>.</param>
    /// <param name="serverLimit">The server's limit, for the routes that have none of their own.</param>
    static virtual int MaxBufferedRequestBodySize(RequestMethod method, ReadOnlySpan<byte> path, int serverLimit) => serverLimit;
}

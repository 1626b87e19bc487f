namespace MiniHttp;

/// <summary>
/// The dispatch entry point that the source generator emits for an application's handlers.
/// </summary>
/// <remarks>
/// The server is generic over a <c>struct</c> router, so the JIT specialises the connection loop for it
/// and <see cref="Dispatch"/> is a direct, inlinable call rather than an interface call per request.
/// </remarks>
public interface IHttpRouter
{
    /// <summary>Answers one complete request by writing exactly one response.</summary>
    static abstract void Dispatch(scoped in HttpRequest request, HttpResponse response);
}

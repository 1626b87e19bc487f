using System;

namespace MiniHttp;

/// <summary>
/// Marks a handler that may block its thread (a synchronous read of its body, a <c>Thread.Sleep</c>, a synchronous
/// database call), so that it runs on the thread pool rather than on the thread that received its request. On a
/// routes class, every handler of the class; on the assembly (<c>[assembly: Blocking]</c>), every handler.
/// <c>[Blocking(false)]</c> on a handler or class opts it out of the marking around it.
/// </summary>
/// <remarks>
/// Without it, a handler runs on the thread that read its request, and with inline socket completions
/// (<c>DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1</c>) that is a socket event thread that serves many other
/// connections: a handler that blocks there stalls them all. With it, the generated router binds the handler's
/// arguments from the request as usual, then defers the response to work queued on the thread pool, which calls the
/// handler and writes its result; the connection awaits it as it awaits an asynchronous handler's. That costs a
/// thread-pool hop and a few allocations per request, so mark only handlers that block. <para/>
/// A blocking handler cannot take <see cref="HttpRequest"/> or a <see cref="ReadOnlySpan{T}"/> of the request's bytes,
/// which are gone once it runs on another thread (the generator says so, MH0026): take <c>string</c> or <c>byte[]</c>.
/// The generator reads this attribute at compile time; nothing reads it at run time.
/// </remarks>
/// <param name="blocking">False to opt a handler or class out of the <c>[Blocking]</c> of its class or assembly.</param>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class BlockingAttribute(bool blocking = true) : Attribute
{
    /// <summary>Whether the handlers it marks may block.</summary>
    public bool Blocking { get; } = blocking;
}

using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace MiniHttp;

/// <summary>
/// Throws for what would put a second response to one request on the wire, or change a response already on its way: the
/// <see cref="InvalidOperationException"/>s of <see cref="HttpResponse"/>. Each message says what happened and what to do
/// instead. Kept out of the write methods so that their check stays one field compare and a call the JIT moves aside.
/// </summary>
internal static class ResponseMisuse
{
    private const string AlreadyWritten =
        "A response was already written for this request; a handler or request hook writes at most one. "
        + "A request hook that answers in OnRequest returns false, so that the route does not answer too.";

    private const string Streaming =
        "A streamed response is being written for this request; a handler or request hook writes at most one response, "
        + "and a streamed one's body goes only through its producer's stream.";

    private const string InResponseHook =
        "OnResponse runs once the request is answered: it may read the response (StatusCode, Route) but neither write to "
        + "it nor add headers. A request hook answers in OnRequest, and then returns false.";

    private const string HeaderAfterWrite =
        "A response was already written for this request, so a header added now would never be sent; add headers before "
        + "the response is written (a request hook adds them in OnRequest).";

    private const string HeaderWhileStreaming =
        "A streamed response is being written for this request, so a header added now might never be sent; give the "
        + "StreamedResult its headers with WithHeader.";

    private const string RouteAfterWrite =
        "A response was already written for this request before its route ran, and the route would answer it again; a "
        + "request hook that answers in OnRequest returns false, so that no route runs after it.";

    private const string DeferredTwice = "The response to this request was already deferred; a request's response is deferred at most once.";

    /// <summary>A write method called when the request's response is no longer <see cref="ResponseState.Open"/>.</summary>
    [DoesNotReturn]
    [StackTraceHidden]
    public static void ThrowWrite(ResponseState state) => throw new InvalidOperationException(state switch
    {
        ResponseState.Streaming => Streaming,
        ResponseState.InResponseHook => InResponseHook,
        _ => AlreadyWritten,
    });

    /// <summary><see cref="HttpResponse.AddHeader"/> called when the request's response is no longer <see cref="ResponseState.Open"/>.</summary>
    [DoesNotReturn]
    [StackTraceHidden]
    public static void ThrowAddHeader(ResponseState state) => throw new InvalidOperationException(state switch
    {
        ResponseState.Streaming => HeaderWhileStreaming,
        ResponseState.InResponseHook => InResponseHook,
        _ => HeaderAfterWrite,
    });

    /// <summary>A route named (by generated code, before its handler runs) for a request already answered.</summary>
    [DoesNotReturn]
    [StackTraceHidden]
    public static void ThrowRoute(ResponseState state) =>
        throw new InvalidOperationException(state == ResponseState.InResponseHook ? InResponseHook : RouteAfterWrite);

    [DoesNotReturn]
    [StackTraceHidden]
    public static void ThrowDeferredTwice() => throw new InvalidOperationException(DeferredTwice);
}

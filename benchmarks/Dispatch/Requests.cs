using System;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;

namespace MiniHttp.Benchmarks.Dispatch;

/// <summary>
/// Builds what the server would hand a router. The constructors are internal to the runtime, which lets in only its
/// own tests, so the benchmark reaches them the way the JIT allows without a dependency on their privacy: accessors.
/// </summary>
internal static class Requests
{
    public static HttpRequest Get(ReadOnlySpan<byte> path) =>
        NewRequest(RequestMethod.Get, "GET"u8, path, [], ProtocolVersion.Http11, [], [], keepAlive: true);

    public static HttpResponse NewDiscardingResponse()
    {
        var response = NewResponse(new DiscardingPipeWriter());
        Reset(response);
        return response;
    }

    /// <summary>Readies the response for the next request, as the connection does before each dispatch: a response answers one request.</summary>
    public static void Reset(HttpResponse response) => Reset(response, ProtocolVersion.Http11, keepAlive: true);

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    private static extern HttpRequest NewRequest(
        RequestMethod method,
        ReadOnlySpan<byte> methodToken,
        ReadOnlySpan<byte> path,
        ReadOnlySpan<byte> query,
        ProtocolVersion version,
        ReadOnlySpan<byte> headers,
        ReadOnlySpan<byte> body,
        bool keepAlive);

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    private static extern HttpResponse NewResponse(PipeWriter output);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "Reset")]
    private static extern void Reset(HttpResponse response, ProtocolVersion requestVersion, bool keepAlive);
}

using System;

namespace MiniHttp.Parsing;

/// <summary>
/// Tells <see cref="RequestReader"/> what to do with a request's body once its head is in: leave it in the buffer for a
/// stream, or read it whole up to how large a limit. Static members, so the reader, specialised for the implementation,
/// asks without an interface call.
/// </summary>
internal interface IBodyStreaming
{
    static abstract bool StreamsBody(RequestMethod method, ReadOnlySpan<byte> path);

    /// <summary>The largest body to read whole for this request: the server's limit unless the route has its own.</summary>
    static virtual int MaxBufferedRequestBodySize(RequestMethod method, ReadOnlySpan<byte> path, int serverLimit) => serverLimit;
}

/// <summary>Every body is read whole before its request is handed out, held to the server's limit.</summary>
internal readonly struct NoBodyStreaming : IBodyStreaming
{
    public static bool StreamsBody(RequestMethod method, ReadOnlySpan<byte> path) => false;
}

/// <summary>The router's choice, <see cref="IHttpRouter.StreamsBody"/> and <see cref="IHttpRouter.MaxBufferedRequestBodySize"/>.</summary>
internal readonly struct RouterBodyStreaming<TRouter> : IBodyStreaming
    where TRouter : struct, IHttpRouter
{
    public static bool StreamsBody(RequestMethod method, ReadOnlySpan<byte> path) => TRouter.StreamsBody(method, path);

    public static int MaxBufferedRequestBodySize(RequestMethod method, ReadOnlySpan<byte> path, int serverLimit) =>
        TRouter.MaxBufferedRequestBodySize(method, path, serverLimit);
}

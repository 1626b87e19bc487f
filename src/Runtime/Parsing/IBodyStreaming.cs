using System;

namespace MiniHttp.Parsing;

/// <summary>
/// Tells <see cref="RequestReader"/> which requests leave their body in the buffer for a stream, as a static member so the
/// reader, specialised for it, asks without an interface call.
/// </summary>
internal interface IBodyStreaming
{
    static abstract bool StreamsBody(RequestMethod method, ReadOnlySpan<byte> path);
}

/// <summary>Every body is read whole before its request is handed out.</summary>
internal readonly struct NoBodyStreaming : IBodyStreaming
{
    public static bool StreamsBody(RequestMethod method, ReadOnlySpan<byte> path) => false;
}

/// <summary>The router's choice, <see cref="IHttpRouter.StreamsBody"/>.</summary>
internal readonly struct RouterBodyStreaming<TRouter> : IBodyStreaming
    where TRouter : struct, IHttpRouter
{
    public static bool StreamsBody(RequestMethod method, ReadOnlySpan<byte> path) => TRouter.StreamsBody(method, path);
}

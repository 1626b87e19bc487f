using System;
using System.IO;
using System.IO.Pipelines;
using System.Net;
using System.Threading;

namespace MiniHttp;

public readonly ref partial struct HttpRequest
{
    internal HttpRequest(
        RequestMethod method,
        ReadOnlySpan<byte> methodToken,
        ReadOnlySpan<byte> path,
        ReadOnlySpan<byte> query,
        ProtocolVersion version,
        ReadOnlySpan<byte> headers,
        ReadOnlySpan<byte> body,
        bool keepAlive,
        ConnectionContext? connection)
        : this(method, methodToken, path, query, version, headers, body, keepAlive) => _connection = connection;

    /// <summary>This request with its path replaced by its normalized form.</summary>
    internal HttpRequest WithPath(ReadOnlySpan<byte> path) =>
        new(Method, MethodToken, path, Query, Version, Headers, Body, KeepAlive, _connection);

    /// <summary>
    /// Canceled when the client disconnects while this request is being handled: for a handler whose work outlives
    /// <c>Dispatch</c> (a deferred response), which can stop early. While such a response is pending the connection keeps a
    /// read open to notice the client leaving; anything the client pipelines meanwhile stays buffered.
    /// </summary>
    /// <remarks>
    /// Nothing is allocated unless a handler asks for the token. It is <see cref="CancellationToken.None"/> for a request
    /// that did not come from a connection (as in a unit test). Valid until the request's response is complete.
    /// </remarks>
    public CancellationToken Aborted => _connection?.Aborted ?? CancellationToken.None;

    /// <summary>
    /// The connection's peer (an <see cref="IPEndPoint"/> over TCP), read once per connection; null outside a server. Behind a
    /// proxy this is the proxy: <see cref="ClientAddress"/> is the client.
    /// </summary>
    public EndPoint? RemoteEndPoint => _connection?.RemoteEndPoint;

    /// <summary>
    /// The body as it arrives, for a route that streams it (<see cref="IHttpRouter.StreamsBody"/>): Content-Length bytes,
    /// or the decoded chunks of a chunked body, never held whole by the server. <see cref="Body"/> is empty for such a
    /// request; a request without a body reads as empty. Valid while the request is dispatched and, for a deferred
    /// response, until it completes; after that, every read throws <see cref="ObjectDisposedException"/> (the reader is
    /// this request's own: it can never read the body of a later request on the connection).
    /// </summary>
    /// <remarks>
    /// A body over <see cref="ServerLimits.MaxRequestBodySize"/> or badly framed makes a read throw
    /// <see cref="BadRequestBodyException"/>; a client that leaves mid-body makes it throw <see cref="System.IO.IOException"/>
    /// and cancels <see cref="Aborted"/>. A client that sent <c>Expect: 100-continue</c> is told to go on at the first read.
    /// Whatever the handler leaves unread is drained after its response (or the connection closed, see the architecture
    /// notes). Reading is asynchronous at heart: <see cref="BodyStream"/> refuses synchronous reads unless
    /// <see cref="ServerOptions.AllowSynchronousIO"/> is on.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The request has a body, and its route does not stream it (use <see cref="Body"/>).</exception>
    public PipeReader BodyReader =>
        _connection?.Body?.ScopedReader ?? (Body.IsEmpty ? EmptyBodyReader.Instance : throw BodyNotStreamed());

    /// <summary>
    /// <see cref="BodyReader"/> as a read-only <see cref="Stream"/>; disposing it is allowed and changes nothing. Its
    /// synchronous reads (<c>Read</c>, <c>CopyTo</c>) throw <see cref="InvalidOperationException"/> unless
    /// <see cref="ServerOptions.AllowSynchronousIO"/> is on, for a request without a body too.
    /// </summary>
    /// <exception cref="InvalidOperationException">The request has a body, and its route does not stream it (use <see cref="Body"/>).</exception>
    public Stream BodyStream =>
        _connection?.Body?.ScopedStream
        ?? (Body.IsEmpty ? RequestBodyStream.Empty(_connection?.AllowSynchronousIO ?? false) : throw BodyNotStreamed());

    private static InvalidOperationException BodyNotStreamed() =>
        new("Only a route that streams its body (IHttpRouter.StreamsBody) can read it as it arrives; use Body.");
}

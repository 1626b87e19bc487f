using System;
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

    /// <summary>The client's address (an <see cref="IPEndPoint"/> over TCP), read once per connection; null outside a server.</summary>
    public EndPoint? RemoteEndPoint => _connection?.RemoteEndPoint;
}

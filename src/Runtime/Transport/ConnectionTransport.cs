using System;
using System.IO;
using System.IO.Pipelines;
using System.Threading.Tasks;

namespace MiniHttp;

/// <summary>
/// One connection's socket as the HTTP layer sees it: a pipe of the bytes received and a pipe of the bytes to send, or,
/// for TLS, a stream to run <see cref="System.Net.Security.SslStream"/> over. A connection takes either the pipes or the
/// stream, never both.
/// </summary>
internal abstract class ConnectionTransport : IDisposable
{
    /// <summary>The bytes received, in order; completed at the client's end of stream, or with the error that ended it.</summary>
    public abstract PipeReader Input { get; }

    /// <summary>The bytes to send: a flush completes once the kernel has taken them, so a client that does not read stops it.</summary>
    public abstract PipeWriter Output { get; }

    /// <summary>The same bytes as a stream, for a protocol layered over them (TLS).</summary>
    public abstract Stream Stream { get; }

    /// <summary>
    /// Completes once the transport has sent or dropped all of <see cref="Output"/>; awaited once, after the connection has
    /// disposed the transport and completed both pipes. The transport is not used again after it.
    /// </summary>
    public virtual ValueTask EndAsync() => default;

    /// <summary>Sends FIN after the bytes already sent: the client learns that no more responses come.</summary>
    public abstract void ShutdownSend();

    /// <summary>
    /// Ends the connection at once: a pending receive ends and a pending send fails. With <paramref name="reset"/>, the
    /// close is a reset, and the kernel drops what the client has not taken yet.
    /// </summary>
    public abstract void Abort(bool reset);

    /// <summary>Closes the socket; called once, when the connection is done with it.</summary>
    public abstract void Dispose();
}

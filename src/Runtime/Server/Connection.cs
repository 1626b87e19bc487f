using System;
using System.IO;
using System.IO.Pipelines;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using MiniHttp.Diagnostics;
using MiniHttp.Parsing;
using MiniHttp.Problems;
using MiniHttp.StaticFiles;

namespace MiniHttp;

/// <summary>
/// One client connection: reads requests from the socket, answers each with <typeparamref name="TRouter"/>,
/// and flushes once per batch of requests received together.
/// </summary>
internal sealed partial class Connection<TRouter> : IThreadPoolWorkItem, IDisposable where TRouter : struct, IHttpRouter
{
    // How much a client may pipeline while a deferred response is pending before the server stops reading (and so stops
    // noticing a disconnect) until the response is done.
    private const int MaxBufferedWhileDeferred = 64 * 1024;

    private readonly ConnectionTransport _transport;
    private readonly SslStream? _tlsStream;
    private readonly SslServerAuthenticationOptions? _tls;
    private readonly TimeSpan _tlsHandshakeTimeout;
    private readonly PipeReader _input;
    private readonly PipeWriter _output;
    private readonly RequestReader _requestReader;
    private readonly HttpResponse _response;
    private readonly ILogger _logger;
    private readonly RequestLabel _deferredRequest = new();
    private readonly ConnectionContext _context;
    private readonly ConnectionTimeouts _timeouts;
    private readonly ServerLimits _limits;
    private readonly int _maxResponseBufferSize;
    private readonly StaticFileHandler? _staticFiles;

    // Set once the server shuts down: the response being written closes the connection, and an idle connection ends.
    private volatile bool _closing;

    // Set once the connection is over: the heartbeat and a stop leave it alone, since its transport may be reused.
    private volatile bool _ended;

    private RequestBodyReader? _body;

    // Not readonly: a call on a readonly field of a type parameter would dispatch on a defensive copy of the router.
    private TRouter _router;

    /// <param name="options">The server's options: its limits, logger and trusted proxies.</param>
    /// <param name="tls">The handshake to run before the first request; <see langword="null"/> for plain HTTP.</param>
    /// <param name="staticFiles">The directories answered ahead of the router; <see langword="null"/> for none.</param>
    /// <param name="transports">Makes the transport that takes over <paramref name="socket"/>.</param>
    public Connection(
        Socket socket,
        ConnectionTransportFactory transports,
        TRouter router,
        ServerOptions options,
        SslServerAuthenticationOptions? tls,
        StaticFileHandler? staticFiles,
        ServerMetrics metrics,
        RejectionLog rejectionLog)
    {
        var limits = options.Limits;
        _router = router;
        _staticFiles = staticFiles;
        _logger = options.Logger;
        _metrics = metrics;
        _rejectionLog = rejectionLog;
        // Read once: each read of Socket.RemoteEndPoint allocates, and it is needed after the socket is gone (for a log message).
        _context = new ConnectionContext(socket.RemoteEndPoint, isHttps: tls is not null, options.ForwardedHeaders, options.AllowSynchronousIO);
        _timeouts = new ConnectionTimeouts(limits);
        _transport = transports.Create(socket, _timeouts);
        if (tls is not null)
        {
            // The pipes read and write the decrypted stream, so everything past the handshake is the same as over plain TCP.
            _tlsStream = new SslStream(_transport.Stream, leaveInnerStreamOpen: false);
            _tls = tls;
            _tlsHandshakeTimeout = limits.TlsHandshakeTimeout;
            _input = SocketStreamTransport.CreateReader(_tlsStream);
            _output = PipeWriter.Create(_tlsStream);
        }
        else
        {
            _input = _transport.Input;
            _output = _transport.Output;
        }

        _requestReader = new RequestReader(limits, _context);
        _response = new HttpResponse(_output, options.Compression)
        {
            WritesProblemDetails = options.ProblemDetails,
            ConnectionId = TraceIdentifier.NextConnectionId(),
        };
        _limits = limits;
        _maxResponseBufferSize = limits.MaxResponseBufferSize;
    }

    /// <summary>The client's address, read once when the connection was accepted.</summary>
    public EndPoint? RemoteEndPoint => _context.RemoteEndPoint;

    // What the server is told when the connection has ended, in place of a task per connection for it to keep.
    private Action<Connection<TRouter>>? _onEnded;

    /// <summary>The most response bytes this connection held unsent at once: how well the output stayed bounded.</summary>
    public long PeakUnflushedBytes { get; private set; }

    /// <summary>
    /// Called by the server's heartbeat, about once a second: aborts the connection if its client takes its responses too
    /// slowly; wakes it if the wait it is in has run out of time, or, once the server is shutting down, if it is idle.
    /// </summary>
    public void OnHeartbeat(long now)
    {
        if (_ended)
        {
            return;
        }

        if (_timeouts.TryExpireSend(now))
        {
            AbortSlowReader();
            return;
        }

        _webSocket?.OnHeartbeat(now);

        if (!_timeouts.TryExpire(now, _closing))
        {
            return;
        }

        try
        {
            _input.CancelPendingRead();
        }
        catch (ObjectDisposedException)
        {
            // The connection ended after its last wait was armed: there is nothing left to wake.
        }
    }

    /// <summary>
    /// Starts closing gracefully: a request being answered is answered with <c>Connection: close</c> where its response is
    /// not written yet, and then the connection closes; an idle one closes at the next heartbeat.
    /// </summary>
    public void BeginClose()
    {
        _closing = true;
        _response.CloseConnectionAfter();
        _webSocket?.BeginClose();
    }

    /// <summary>
    /// Runs the connection to its end, then calls <paramref name="ended"/> with it, however it ended: on the thread pool,
    /// or with <paramref name="onThreadPool"/> false on this thread until its first wait.
    /// </summary>
    public void Start(Action<Connection<TRouter>> ended, bool onThreadPool)
    {
        _onEnded = ended;
        if (onThreadPool)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
        else
        {
            Run();
        }
    }

    void IThreadPoolWorkItem.Execute() => Run();

    // Nothing waits on the run: it never throws, and it reports its end through _onEnded.
#pragma warning disable CA2012
    private void Run() => _ = RunAsync();
#pragma warning restore CA2012

    // The connection's async methods run once per connection and outlive most awaits, so each would allocate its state
    // machine box per connection; pooled, the boxes of ended connections serve the new ones.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask RunAsync()
    {
        try
        {
            if (_tlsStream is not null && !await HandshakeAsync(_tlsStream).ConfigureAwait(false))
            {
                return;
            }

            if (await ServeAsync().ConfigureAwait(false))
            {
                await LingerAsync().ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            // The client went away, the server aborted the connection, or something failed in it: whichever,
            // it ends this connection only and never reaches the others or the accept loop.
            LogFault(e);
        }
        finally
        {
            try
            {
                // The socket goes first: a response still unflushed after a failure has no one to go to, and completing
                // the writer would otherwise try to send it.
                Dispose();
                // A deferred request the connection failed under is still measured: it leaves http.server.active_requests.
                EndDeferredRequestMetrics();
                await _input.CompleteAsync().ConfigureAwait(false);
                await CompleteOutputAsync().ConfigureAwait(false);
                // No wait of this connection may be expired or aborted from now on: its transport may serve another next.
                _ended = true;
                _timeouts.Disarm();
                _timeouts.DisarmSend();
                await _transport.EndAsync().ConfigureAwait(false);
            }
            catch (Exception e)
            {
                LogFault(e);
            }
            finally
            {
                _onEnded?.Invoke(this);
            }
        }
    }

    /// <summary>
    /// Runs the TLS handshake within <see cref="ServerLimits.TlsHandshakeTimeout"/>. A client that fails it (one speaking
    /// plain HTTP to this port, or too slow) gets no response: there is no channel to send one over, so it is closed.
    /// </summary>
    /// <returns>Whether the handshake succeeded, so requests follow.</returns>
    private async Task<bool> HandshakeAsync(SslStream stream)
    {
        // Once per connection, before any request: a timer here costs nothing per request.
        using var timeout = new CancellationTokenSource(_tlsHandshakeTimeout);
        try
        {
            await stream.AuthenticateAsServerAsync(_tls!, timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is AuthenticationException or IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            ServerLog.TlsHandshakeFailed(_logger, e, RemoteEndPoint);
            return false;
        }
    }

    private async Task CompleteOutputAsync()
    {
        try
        {
            await _output.CompleteAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is ObjectDisposedException or IOException)
        {
            // Only reached when bytes were left unflushed on a connection that already failed.
        }
    }

    private void LogFault(Exception exception)
    {
        if (_timeouts.SendExpired)
        {
            // The heartbeat aborted the connection for a client too slow to read, and logged it as that.
            return;
        }

        switch (exception)
        {
            case OperationCanceledException:
                // A wait canceled because the connection was ending anyway: nothing in it failed.
                break;
            case IOException or SocketException or ObjectDisposedException:
                ServerLog.ConnectionReset(_logger, exception, RemoteEndPoint);
                break;
            default:
                ServerLog.ConnectionFailed(_logger, exception, RemoteEndPoint);
                break;
        }
    }

    public void Dispose()
    {
        _requestReader.Dispose();
        _deferredRequest.Dispose();
        _body?.Dispose();
        _webSocket?.Dispose();
        _transport.Dispose();
    }

    /// <summary>Closes the connection at once; a pending receive or send fails and the loop ends.</summary>
    public void Abort()
    {
        if (_ended)
        {
            return;
        }

        _context.Abort();
        _transport.Abort(reset: false);
    }

    /// <summary>
    /// Ends a connection whose client did not take its responses at <see cref="ServerLimits.MinResponseDataRate"/>. A
    /// pending send ends only when its socket closes; the reset (no lingering) makes the kernel drop the unsent bytes at
    /// once too, instead of holding them for a client that does not read.
    /// </summary>
    private void AbortSlowReader()
    {
        ServerLog.ResponseDataRateNotMet(_logger, RemoteEndPoint);
        _metrics.ConnectionAborted();
        _context.Abort();
        _transport.Abort(reset: true);
    }

    /// <summary>Answers requests until one closes the connection or the client stops sending.</summary>
    /// <returns>Whether the server decided to close, so the client may still be sending.</returns>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<bool> ServeAsync()
    {
        // How the last batch left the buffer: the bytes of a request not yet complete, and whether it began in that batch.
        var pending = 0L;
        var newRequest = false;
        while (true)
        {
            if (!ArmWait(pending, newRequest))
            {
                return true;
            }

            var result = await _input.ReadAsync().ConfigureAwait(false);
            if (_timeouts.Disarm() is var expired and not TimeoutKind.None
                && !(expired == TimeoutKind.KeepAlive && !result.Buffer.IsEmpty))
            {
                // A keep-alive wait that ended with bytes in hand is a request that started in time: it is answered.
                _input.AdvanceTo(result.Buffer.End);
                return await TimeOutAsync(expired).ConfigureAwait(false);
            }

            var end = AnswerReceivedRequests(result.Buffer, out var consumed, out var examined);
            var buffer = result.Buffer.Slice(consumed);
            pending = buffer.Length;
            newRequest = !consumed.Equals(result.Buffer.Start);
            _input.AdvanceTo(consumed, examined);

            if (end == BatchEnd.StreamedBody)
            {
                pending = 0;
                // Sent before the handler runs: it may write its own response from another thread once it defers.
                if (_output.UnflushedBytes > 0)
                {
                    await _output.FlushAsync().ConfigureAwait(false);
                }

                if (!await AnswerStreamedRequestAsync().ConfigureAwait(false))
                {
                    return true;
                }

                continue;
            }

            if (end == BatchEnd.WebSocket)
            {
                return await ServeWebSocketAsync().ConfigureAwait(false);
            }

            if (end == BatchEnd.Deferred)
            {
                pending = 0;
                if (!await CompleteDeferredAsync().ConfigureAwait(false))
                {
                    return true;
                }

                // The requests received behind the deferred one are still buffered: the next read returns them at once.
                continue;
            }

            if (_output.UnflushedBytes > 0)
            {
                PeakUnflushedBytes = Math.Max(PeakUnflushedBytes, _output.UnflushedBytes);
                // Past MaxResponseBufferSize this waits until the client takes the responses: only then are more answered.
                await _output.FlushAsync().ConfigureAwait(false);
            }

            if (end == BatchEnd.Close)
            {
                return true;
            }

            if (end == BatchEnd.OutputFull)
            {
                // The requests not answered yet are still buffered, unexamined: the next read returns them at once.
                pending = 0;
                continue;
            }

            if (result.IsCompleted)
            {
                return false;
            }
        }
    }

    /// <summary>Arms the time limit for the wait ahead: for a new request, the rest of a head, or more of a body.</summary>
    /// <returns>False when the server is shutting down and no request is in progress, so the connection closes instead.</returns>
    private bool ArmWait(long pending, bool newRequest)
    {
        if (pending == 0)
        {
            _timeouts.ArmKeepAlive();
            // Checked after arming: a shutdown that begins meanwhile sees the connection idle at its next heartbeat.
            return !_closing;
        }

        if (_requestReader.HeadLengthAwaitingBody is { } headLength)
        {
            _timeouts.ArmRequestBody(pending - headLength, newRequest);
        }
        else
        {
            _timeouts.ArmRequestHeaders(newRequest);
        }

        return true;
    }

    /// <summary>
    /// Ends a wait that ran out of time. An idle connection just closes, as Kestrel's do: nobody is waiting for an answer.
    /// A request whose head or body was too slow is answered <c>408</c> first, so a slow but honest client learns why
    /// (Kestrel does the same); the response is small and the close follows it whatever the client does.
    /// </summary>
    /// <returns>Whether to close with a lingering close (a response was sent).</returns>
    private async ValueTask<bool> TimeOutAsync(TimeoutKind expired)
    {
        if (expired == TimeoutKind.KeepAlive)
        {
            return false;
        }

        Reject(expired == TimeoutKind.RequestHeaders ? RequestRejection.RequestHeadersTimeout : RequestRejection.RequestBodyTimeout);
        await _output.FlushAsync().ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Sends FIN, then reads and discards until the client closes too or about a second passes: closing a socket with
    /// unread data makes the kernel send RST, which can destroy the response still in flight. The heartbeat ends the wait,
    /// as it does every other, so lingering costs no timer.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask LingerAsync()
    {
        if (_tlsStream is not null)
        {
            // close_notify first, so the client can tell the end of the responses from a truncation.
            await _tlsStream.ShutdownAsync().ConfigureAwait(false);
        }

        _transport.ShutdownSend();
        while (true)
        {
            _timeouts.ArmLinger();
            var result = await _input.ReadAsync().ConfigureAwait(false);
            var expired = _timeouts.Disarm() == TimeoutKind.Linger;
            _input.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted || expired)
            {
                return;
            }
        }
    }
}

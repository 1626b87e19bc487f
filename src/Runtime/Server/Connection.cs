using System;
using System.IO;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using MiniHttp.Parsing;

namespace MiniHttp;

/// <summary>
/// One client connection: reads requests from the socket, answers each with <typeparamref name="TRouter"/>,
/// and flushes once per batch of requests received together.
/// </summary>
internal sealed partial class Connection<TRouter> : IDisposable where TRouter : struct, IHttpRouter
{
    // Large enough that a whole pipelined batch usually lands in one segment, so requests rarely straddle.
    private const int ReceiveBufferSize = 16 * 1024;
    private const int MinimumReceiveSize = 4 * 1024;

    // How much a client may pipeline while a deferred response is pending before the server stops reading (and so stops
    // noticing a disconnect) until the response is done.
    private const int MaxBufferedWhileDeferred = 64 * 1024;

    // How long a closing connection keeps reading (and discarding) what the client still sends, so the
    // final response is not lost to a reset caused by unread data in the socket.
    private static readonly TimeSpan s_lingerTimeout = TimeSpan.FromSeconds(1);

    private readonly Socket _socket;
    private readonly PipeReader _input;
    private readonly PipeWriter _output;
    private readonly RequestReader _requestReader;
    private readonly HttpResponse _response;
    private readonly ILogger _logger;
    private readonly RequestLabel _deferredRequest = new();
    private readonly ConnectionContext _context;
    private readonly RequestBodyReader _body;

    // Not readonly: a call on a readonly field of a type parameter would dispatch on a defensive copy of the router.
    private TRouter _router;

    public Connection(Socket socket, TRouter router, ServerLimits limits, ILogger logger)
    {
        _socket = socket;
        _router = router;
        _logger = logger;
        // Read once: each read of Socket.RemoteEndPoint allocates, and it is needed after the socket is gone (for a log message).
        _context = new ConnectionContext(socket.RemoteEndPoint);
        var stream = new NetworkStream(socket, ownsSocket: true);
        _input = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: ReceiveBufferSize, minimumReadSize: MinimumReceiveSize));
        _output = PipeWriter.Create(stream);
        _requestReader = new RequestReader(limits, _context);
        _response = new HttpResponse(_output);
        _body = new RequestBodyReader(_input, _output, _context, limits);
    }

    /// <summary>The client's address, read once when the connection was accepted.</summary>
    public EndPoint? RemoteEndPoint => _context.RemoteEndPoint;

    /// <summary>The task running this connection; set once by the server that started it.</summary>
    public Task Completion { get; set; } = Task.CompletedTask;

    public async Task RunAsync()
    {
        try
        {
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
            // The socket goes first: a response still unflushed after a failure has no one to go to, and completing
            // the writer would otherwise try to send it.
            Dispose();
            await _input.CompleteAsync().ConfigureAwait(false);
            await CompleteOutputAsync().ConfigureAwait(false);
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
        switch (exception)
        {
            case OperationCanceledException:
                // The lingering close ran out of time: the client never closed its side, which is its own business.
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
        _body.Dispose();
        _socket.Dispose();
    }

    /// <summary>Closes the connection at once; a pending receive or send fails and the loop ends.</summary>
    public void Abort()
    {
        _context.Abort();
        _socket.Dispose();
    }

    /// <summary>Answers requests until one closes the connection or the client stops sending.</summary>
    /// <returns>Whether the server decided to close, so the client may still be sending.</returns>
    private async Task<bool> ServeAsync()
    {
        while (true)
        {
            var result = await _input.ReadAsync().ConfigureAwait(false);
            var end = AnswerReceivedRequests(result.Buffer, out var consumed, out var examined);
            _input.AdvanceTo(consumed, examined);

            if (end == BatchEnd.StreamedBody)
            {
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

            if (end == BatchEnd.Deferred)
            {
                if (!await CompleteDeferredAsync().ConfigureAwait(false))
                {
                    return true;
                }

                // The requests received behind the deferred one are still buffered: the next read returns them at once.
                continue;
            }

            if (_output.UnflushedBytes > 0)
            {
                await _output.FlushAsync().ConfigureAwait(false);
            }

            if (end == BatchEnd.Close)
            {
                return true;
            }

            if (result.IsCompleted)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Sends FIN, then reads and discards until the client closes too or the timeout passes: closing a
    /// socket with unread data makes the kernel send RST, which can destroy the response still in flight.
    /// </summary>
    private async Task LingerAsync()
    {
        _socket.Shutdown(SocketShutdown.Send);
        using var timeout = new CancellationTokenSource(s_lingerTimeout);
        while (true)
        {
            var result = await _input.ReadAsync(timeout.Token).ConfigureAwait(false);
            _input.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                return;
            }
        }
    }
}

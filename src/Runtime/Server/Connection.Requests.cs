using System;
using System.Buffers;
using System.IO;
using System.Net.Sockets;
using System.Threading.Tasks;
using MiniHttp.Parsing;

namespace MiniHttp;

internal sealed partial class Connection<TRouter>
{
    /// <summary>
    /// Answers every complete request in <paramref name="buffer"/>, in order, into the output pipe, up to the first that
    /// closes the connection or defers its response. Nothing is flushed here: the caller flushes once for the whole batch.
    /// </summary>
    /// <param name="consumed">Just past the last request answered (or deferred).</param>
    /// <param name="examined">
    /// The buffer's end when the rest is an incomplete request, so the next read waits for more bytes; after a deferred
    /// request, the same as <paramref name="consumed"/>, so the next read hands back the requests behind it at once.
    /// </param>
    private BatchEnd AnswerReceivedRequests(ReadOnlySequence<byte> buffer, out SequencePosition consumed, out SequencePosition examined)
    {
        consumed = buffer.Start;
        while (true)
        {
            switch (_requestReader.TryRead<RouterBodyStreaming<TRouter>>(buffer, out var request, out var requestEnd, out var rejection))
            {
                case ReadStatus.Complete:
                    if (_requestReader.IsBodyStreamed)
                    {
                        consumed = requestEnd;
                        examined = requestEnd;
                        return BatchEnd.StreamedBody;
                    }

                    Answer(request);
                    consumed = requestEnd;
                    if (_response.IsDeferred)
                    {
                        _deferredRequest.Capture(request);
                        examined = requestEnd;
                        return BatchEnd.Deferred;
                    }

                    if (_response.WebSocketHandler is not null)
                    {
                        // The bytes after the handshake are the conversation's: left unexamined for its first read.
                        examined = requestEnd;
                        return BatchEnd.WebSocket;
                    }

                    if (!_response.KeepAlive)
                    {
                        // Whatever follows a closing request is never read, let alone answered.
                        examined = requestEnd;
                        return BatchEnd.Close;
                    }

                    if (_output.UnflushedBytes >= _maxResponseBufferSize)
                    {
                        examined = requestEnd;
                        return BatchEnd.OutputFull;
                    }

                    buffer = buffer.Slice(requestEnd);
                    break;

                case ReadStatus.Incomplete:
                    if (_requestReader.TakeContinueRequest())
                    {
                        // After the responses to the requests before it, and flushed with them: the client is waiting.
                        InterimResponses.WriteContinue(_output);
                    }

                    examined = buffer.End;
                    return BatchEnd.NeedMoreData;

                default:
                    Reject(rejection);
                    examined = buffer.End;
                    return BatchEnd.Close;
            }
        }
    }

    private void Answer(scoped in HttpRequest request)
    {
        var metrics = _metrics.RequestStarting(request.Method);
        _response.Reset(request.Version, request.KeepAlive && !_closing);
        try
        {
            if (_staticFiles is null || !_staticFiles.TryAnswer(in request, _response))
            {
                _router.Dispatch(in request, _response);
            }
        }
        catch (Exception e)
        {
            // Logged and swallowed here on purpose: the connection and the requests pipelined behind this one go on.
            LogFailure(e, request.MethodToken, request.Path);
        }

        if (!_response.IsCommitted && !_response.IsDeferred)
        {
            WriteFailureResponse();
        }

        EndRequestMetrics(metrics, request.Method, request.Version);
    }

    /// <summary>
    /// Answers a request whose handler failed before answering: a bare 500, no exception detail ever on the wire; or, when
    /// it failed because its streamed body was rejected, that rejection's status (which closes the connection).
    /// </summary>
    private void WriteFailureResponse()
    {
        if (_context.Body?.Rejection is { } rejection)
        {
            Reject(rejection, ofCurrentRequest: true);
        }
        else
        {
            _response.WriteInternalServerError();
        }
    }

    private void LogFailure(Exception exception, ReadOnlySpan<byte> method, ReadOnlySpan<byte> path)
    {
        if (exception is BadRequestBodyException)
        {
            // The client's mistake, answered with its own status: nothing failed in the server.
            return;
        }

        if (_context.IsAborted)
        {
            ServerLog.RequestAborted(_logger, method, path);
        }
        else
        {
            ServerLog.HandlerFailed(_logger, exception, method, path);
        }
    }

    /// <summary>
    /// Awaits the response a handler deferred, then flushes it together with the responses written before it. A handler
    /// whose work fails before it answers gets a bare 500, as a synchronous one does.
    /// </summary>
    /// <remarks>
    /// The responses before the deferred one are not flushed first: the deferred work may write its response at any moment
    /// on another thread, and a <see cref="System.IO.Pipelines.PipeWriter"/> cannot take a write while it flushes. From the
    /// moment <c>Dispatch</c> defers until the work completes, the output belongs to that work alone.
    /// </remarks>
    /// <returns>Whether the connection stays open.</returns>
    private async ValueTask<bool> CompleteDeferredAsync()
    {
        await AwaitDeferredAsync(watchForDisconnect: true).ConfigureAwait(false);
        if (!_response.IsCommitted)
        {
            WriteFailureResponse();
        }

        EndDeferredRequestMetrics();
        // Flushed now rather than with the next batch: no more bytes may ever come to start one.
        await _output.FlushAsync().ConfigureAwait(false);
        return _response.KeepAlive && !_closing;
    }

    /// <summary>
    /// Awaits the deferred work, logging its failure. With <paramref name="watchForDisconnect"/>, a read stays pending
    /// meanwhile, so a client that goes away cancels <see cref="HttpRequest.Aborted"/>; without (a streamed body owns the
    /// input), reading the body notices it instead.
    /// </summary>
    private async ValueTask AwaitDeferredAsync(bool watchForDisconnect)
    {
        var pending = _response.TakeDeferred();
        var watch = !watchForDisconnect || pending.IsCompleted ? Task.CompletedTask : WatchForDisconnectAsync();
        try
        {
            await pending.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            LogFailure(e, _deferredRequest.Method, _deferredRequest.Path);
        }

        if (!watch.IsCompleted)
        {
            _input.CancelPendingRead();
        }

        await watch.ConfigureAwait(false);
        _context.EndRequest();
    }

    /// <summary>
    /// Keeps a read pending while a deferred response is awaited, to notice the client leaving: end of stream or a reset
    /// cancels <see cref="HttpRequest.Aborted"/>. What arrives meanwhile (pipelined requests) stays buffered, unconsumed;
    /// past <see cref="MaxBufferedWhileDeferred"/> bytes the watch stops rather than buffer more. Ends when the loop cancels
    /// the pending read, and then cancels the next one itself when bytes are buffered, so the loop's next read hands them
    /// back at once: a pipe keeps bytes once examined out of its next read until more arrive, however they are advanced.
    /// </summary>
    private async Task WatchForDisconnectAsync()
    {
        try
        {
            while (true)
            {
                var result = await _input.ReadAsync().ConfigureAwait(false);
                var buffer = result.Buffer;
                if (result.IsCompleted)
                {
                    _context.Abort();
                }

                _input.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCanceled || result.IsCompleted || buffer.Length >= MaxBufferedWhileDeferred)
                {
                    if (!buffer.IsEmpty)
                    {
                        _input.CancelPendingRead();
                    }

                    return;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // A reset, or the server aborting the connection: the loop's own next read or flush fails the same way and ends it.
            _context.Abort();
        }
    }
}

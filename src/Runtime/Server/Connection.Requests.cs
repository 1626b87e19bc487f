using System;
using System.Buffers;
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
            switch (_requestReader.TryRead(buffer, out var request, out var requestEnd, out var rejection))
            {
                case ReadStatus.Complete:
                    Answer(request);
                    consumed = requestEnd;
                    if (_response.IsDeferred)
                    {
                        _deferredRequest.Capture(request);
                        examined = requestEnd;
                        return BatchEnd.Deferred;
                    }

                    if (!_response.KeepAlive)
                    {
                        // Whatever follows a closing request is never read, let alone answered.
                        examined = requestEnd;
                        return BatchEnd.Close;
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
                    RejectionResponse.Write(_output, rejection);
                    examined = buffer.End;
                    return BatchEnd.Close;
            }
        }
    }

    private void Answer(scoped in HttpRequest request)
    {
        _response.Reset(request.Version, request.KeepAlive);
        try
        {
            TRouter.Dispatch(in request, _response);
        }
        catch (Exception e)
        {
            // Logged and swallowed here on purpose: the connection and the requests pipelined behind this one go on.
            ServerLog.HandlerFailed(_logger, e, request.MethodToken, request.Path);
        }

        if (_response.ResponsesWritten == 0 && !_response.IsDeferred)
        {
            // A handler that failed before answering gets a bare 500: no exception detail ever reaches the wire.
            _response.WriteInternalServerError();
        }
    }

    /// <summary>
    /// Awaits the response a handler deferred (the responses before it already flushed), then flushes it. A handler whose
    /// work fails before it answers gets a bare 500, as a synchronous one does.
    /// </summary>
    /// <returns>Whether the connection stays open.</returns>
    private async ValueTask<bool> CompleteDeferredAsync()
    {
        try
        {
            await _response.TakeDeferred().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            ServerLog.HandlerFailed(_logger, e, _deferredRequest.Method, _deferredRequest.Path);
        }

        if (_response.ResponsesWritten == 0)
        {
            _response.WriteInternalServerError();
        }

        // Flushed now rather than with the next batch: no more bytes may ever come to start one.
        await _output.FlushAsync().ConfigureAwait(false);
        return _response.KeepAlive;
    }
}

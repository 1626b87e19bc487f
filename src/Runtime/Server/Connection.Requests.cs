using System;
using System.Buffers;
using MiniHttp.Parsing;

namespace MiniHttp;

internal sealed partial class Connection<TRouter>
{
    /// <summary>
    /// Answers every complete request in <paramref name="buffer"/>, in order, into the output pipe.
    /// Nothing is flushed here: the caller flushes once for the whole batch.
    /// </summary>
    /// <returns>Whether the connection stays open.</returns>
    private bool AnswerReceivedRequests(ReadOnlySequence<byte> buffer, out SequencePosition consumed, out SequencePosition examined)
    {
        consumed = buffer.Start;
        while (true)
        {
            switch (_requestReader.TryRead(buffer, out var request, out var requestEnd, out var rejection))
            {
                case ReadStatus.Complete:
                    Answer(request);
                    consumed = requestEnd;
                    if (!_response.KeepAlive)
                    {
                        // Whatever follows a closing request is never read, let alone answered.
                        examined = requestEnd;
                        return false;
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
                    return true;

                default:
                    RejectionResponse.Write(_output, rejection);
                    examined = buffer.End;
                    return false;
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

        if (_response.ResponsesWritten == 0)
        {
            // A handler that failed before answering gets a bare 500: no exception detail ever reaches the wire.
            _response.WriteInternalServerError();
        }
    }
}

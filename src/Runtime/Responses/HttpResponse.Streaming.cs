using System;
using System.ComponentModel;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp;

public sealed partial class HttpResponse
{
    /// <summary>
    /// Answers with a <see cref="StreamedResult"/>: writes its head, then runs its producer, sending the body as it is
    /// written. The connection awaits it before answering the next pipelined request, so responses stay in order.
    /// </summary>
    /// <param name="omitBody">
    /// True to answer a <c>HEAD</c> request: the head a <c>GET</c> would get, and the producer is not run at all.
    /// </param>
    /// <param name="cancellationToken">Passed to the producer and to every flush; cancelled when the connection is.</param>
    /// <exception cref="ArgumentException">The result is <c>default(StreamedResult)</c>; nothing is written.</exception>
    /// <exception cref="InvalidOperationException">The request already has a response; nothing is written.</exception>
    /// <remarks>
    /// Both exceptions are thrown before the method returns, not through the task. From the call until the producer
    /// returns, any other write to this response throws. An exception from the producer is rethrown. If nothing was
    /// written yet, nothing was committed and the connection answers <c>500</c> as for any failed handler; otherwise the
    /// response is marked <see cref="BodyTruncated"/>.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ValueTask WriteStreamedAsync(StreamedResult result, bool omitBody = false, CancellationToken cancellationToken = default)
    {
        var producer = result.Producer
            ?? throw new ArgumentException("default(StreamedResult) is not a response; make one with HttpResult.Stream.", nameof(result));

        EnsureOpen();
        if (omitBody)
        {
            CommitStreamedHead(result);
            _state = ResponseState.Committed;
            return ValueTask.CompletedTask;
        }

        _state = ResponseState.Streaming;
        return StreamAsync(result, producer, cancellationToken);
    }

    private async ValueTask StreamAsync(StreamedResult result, Func<Stream, CancellationToken, ValueTask> producer, CancellationToken cancellationToken)
    {
        var body = new ResponseBodyStream(this, _output, result, chunked: _requestVersion != ProtocolVersion.Http10);
        try
        {
            await producer(body, cancellationToken).ConfigureAwait(false);
            body.End();
        }
        catch (Exception) when (body.HeadCommitted)
        {
            KeepAlive = false;
            BodyTruncated = true;
            throw;
        }
        finally
        {
            body.Abandon();

            // A producer that failed before committing anything left the request without a response: the connection's
            // 500 may still answer it.
            _state = body.HeadCommitted ? ResponseState.Committed : ResponseState.Open;
        }
    }

    /// <summary>
    /// Writes and commits a streamed response's head, which says how its body ends: with the last chunk, or for an
    /// HTTP/1.0 request, which has no chunked coding (RFC 9112, section 7.1), with the connection closing.
    /// </summary>
    /// <returns>The head's length.</returns>
    internal int CommitStreamedHead(in StreamedResult result)
    {
        var chunked = _requestVersion != ProtocolVersion.Http10;
        if (!chunked)
        {
            KeepAlive = false;
        }

        Span<byte> unregistered = stackalloc byte[StatusLines.UnregisteredLength];
        var span = ReserveHead(StatusLines.For(result.StatusCode, unregistered), result.HeaderLines, result.ContentTypeLine, 0, out var written);
        if (chunked)
        {
            written = Append(span, written, "Transfer-Encoding: chunked\r\n"u8);
        }

        var headLength = AppendHeadEnd(span, written);
        _output.Advance(headLength);
        return headLength;
    }
}

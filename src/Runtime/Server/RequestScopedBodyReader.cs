using System;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp;

/// <summary>
/// <see cref="HttpRequest.BodyReader"/> of a request whose body is streamed: the connection's
/// <see cref="RequestBodyReader"/> for as long as that request lasts. The connection's reader serves every streamed request
/// on the connection, so a handle a task kept past its request would read the next request's bytes; this one remembers
/// which request it was made for, and from the moment that request is done every read throws
/// <see cref="ObjectDisposedException"/>.
/// </summary>
/// <remarks>
/// Made on the request's first ask, so a request that never reads its body allocates nothing. Each call is checked when it
/// starts: a read that a stray task starts while the connection ends the request is that task's race, as a read of any
/// reader after its owner is done is.
/// </remarks>
internal sealed class RequestScopedBodyReader : PipeReader
{
    private readonly RequestBodyReader _body;
    private readonly int _request;

    public RequestScopedBodyReader(RequestBodyReader body, int request)
    {
        _body = body;
        _request = request;
    }

    public override ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfRequestDone();
        return _body.ReadAsync(cancellationToken);
    }

    public override bool TryRead(out ReadResult result)
    {
        ThrowIfRequestDone();
        return _body.TryRead(out result);
    }

    public override void AdvanceTo(SequencePosition consumed)
    {
        ThrowIfRequestDone();
        _body.AdvanceTo(consumed);
    }

    public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
    {
        ThrowIfRequestDone();
        _body.AdvanceTo(consumed, examined);
    }

    /// <summary>Cancels the handler's pending read; once the request is done, it would cancel the connection's own.</summary>
    public override void CancelPendingRead()
    {
        ThrowIfRequestDone();
        _body.CancelPendingRead();
    }

    /// <summary>Nothing to release, before or after the request is done: the connection owns the body.</summary>
    public override void Complete(Exception? exception = null)
    {
    }

    private void ThrowIfRequestDone()
    {
        if (_body.Request != _request)
        {
            throw new ObjectDisposedException(
                nameof(HttpRequest.BodyReader), "The request this body belongs to is done: a body can be read only until its handler (and its deferred work) is done.");
        }
    }
}

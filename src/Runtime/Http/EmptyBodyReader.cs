using System;
using System.Buffers;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp;

/// <summary>
/// The <see cref="HttpRequest.BodyReader"/> of a request without a body: always complete and empty. It holds no state, so
/// one instance serves every request on every thread.
/// </summary>
internal sealed class EmptyBodyReader : PipeReader
{
    public static readonly EmptyBodyReader Instance = new();

    private EmptyBodyReader()
    {
    }

    public override ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default) =>
        new(new ReadResult(ReadOnlySequence<byte>.Empty, isCanceled: false, isCompleted: true));

    public override bool TryRead(out ReadResult result)
    {
        result = new ReadResult(ReadOnlySequence<byte>.Empty, isCanceled: false, isCompleted: true);
        return true;
    }

    public override void AdvanceTo(SequencePosition consumed)
    {
    }

    public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
    {
    }

    public override void CancelPendingRead()
    {
    }

    public override void Complete(Exception? exception = null)
    {
    }
}

using System;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp.Tests.Responses;

/// <summary>A pipe writer that records the most bytes ever committed but not yet flushed: the memory a response holds.</summary>
internal sealed class MeteringPipeWriter(PipeWriter inner) : PipeWriter
{
    public long MaxUnflushedBytes { get; private set; }

    public int Flushes { get; private set; }

    public override bool CanGetUnflushedBytes => true;

    public override long UnflushedBytes => inner.UnflushedBytes;

    public override void Advance(int bytes)
    {
        inner.Advance(bytes);
        MaxUnflushedBytes = Math.Max(MaxUnflushedBytes, inner.UnflushedBytes);
    }

    public override Memory<byte> GetMemory(int sizeHint = 0) => inner.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => inner.GetSpan(sizeHint);

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        Flushes++;
        return inner.FlushAsync(cancellationToken);
    }
}

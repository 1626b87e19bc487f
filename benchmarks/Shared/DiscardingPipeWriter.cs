using System;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp.Benchmarks;

/// <summary>
/// A pipe writer that hands out the same buffer every time and drops what is written, so a benchmark measures the
/// code that writes a response and nothing after it: no socket, no copy out.
/// </summary>
internal sealed class DiscardingPipeWriter : PipeWriter
{
    private readonly byte[] _buffer = new byte[64 * 1024];

    public override void Advance(int bytes)
    {
    }

    public override Memory<byte> GetMemory(int sizeHint = 0) => _buffer;

    public override Span<byte> GetSpan(int sizeHint = 0) => _buffer;

    public override void CancelPendingFlush()
    {
    }

    public override void Complete(Exception? exception = null)
    {
    }

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => new(new FlushResult(false, false));
}

using System;
using System.Buffers;
using MiniHttp.Parsing;

namespace MiniHttp.Tests.Parsing;

/// <summary>Reading a request on a warmed reader allocates nothing: measured, not assumed.</summary>
public sealed class ZeroAllocationTests
{
    private const int ReadCount = 1000;

    [Theory]
    [InlineData("GET /pipeline?x=1 HTTP/1.1\r\nHost: a\r\nAccept: */*\r\n\r\n")]
    [InlineData("POST /baseline11?a=1&b=2 HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\n40")]
    [InlineData("POST /upload HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5;x=y\r\nhello\r\n0\r\nT: 1\r\n\r\n")]
    public void A_warmed_reader_reads_a_thousand_requests_without_allocating(string raw)
    {
        var buffer = new ReadOnlySequence<byte>(Reads.Bytes(raw));
        using var reader = new RequestReader(ServerLimits.Default);
        var warm = ReadMany(reader, buffer, 10);

        // A few windows: the runtime may allocate once on this thread while it tiers the reader's code up, which shows in
        // one window; an allocation per request shows in every window, at least a thousand times over.
        long allocated = -1;
        for (var window = 0; window < 5 && allocated != 0; window++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var completed = ReadMany(reader, buffer, ReadCount);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(ReadCount, completed);
        }

        Assert.Equal(10, warm);
        Assert.Equal(0, allocated);
    }

    private static int ReadMany(RequestReader reader, in ReadOnlySequence<byte> buffer, int count)
    {
        var completed = 0;
        for (var i = 0; i < count; i++)
        {
            if (reader.TryRead(buffer, out var request, out var consumed, out _) == ReadStatus.Complete
                && consumed.Equals(buffer.End)
                && !request.Path.IsEmpty)
            {
                completed++;
            }
        }

        return completed;
    }
}

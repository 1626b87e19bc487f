using System;
using System.Buffers;
using System.Text;
using MiniHttp.Parsing;

namespace MiniHttp.Fuzz;

/// <summary>
/// Feeds an input to a <see cref="RequestReader"/> the way a connection does, one receive at a time, and writes down
/// everything the reader hands out: each request's parts, the rejection that ends the input, or the bytes left over.
/// </summary>
internal static class ReaderTranscript
{
    /// <param name="receiveEnds">Ascending ends of each receive; the last is the input's length.</param>
    public static string Read(byte[] input, int[] receiveEnds)
    {
        var transcript = new StringBuilder();
        using var reader = new RequestReader(new ServerLimits());
        var receives = Chain(input, receiveEnds);
        var start = 0;
        foreach (var received in receiveEnds)
        {
            while (start < received)
            {
                var buffer = Received(receives, start, received);
                var status = reader.TryRead(buffer, out var request, out var consumed, out var rejection);
                if (status == ReadStatus.Incomplete)
                {
                    break;
                }

                if (status == ReadStatus.Rejected)
                {
                    return transcript.Append("rejected ").Append(rejection).ToString();
                }

                Describe(request, transcript);
                start += checked((int)buffer.Slice(buffer.Start, consumed).Length);
                if (!request.KeepAlive)
                {
                    return transcript.Append("closed").ToString();
                }
            }
        }

        return transcript.Append("left over ").Append(input.Length - start).ToString();
    }

    private static void Describe(HttpRequest request, StringBuilder transcript) => transcript
        .Append(Encoding.Latin1.GetString(request.MethodToken)).Append(' ')
        .Append(Encoding.Latin1.GetString(request.Path)).Append(" ?")
        .Append(Encoding.Latin1.GetString(request.Query)).Append(' ')
        .Append(request.Version).Append('\n')
        .Append(Convert.ToHexString(request.Headers)).Append('\n')
        .Append(Convert.ToHexString(request.Body)).Append('\n');

    /// <summary>
    /// The bytes from <paramref name="start"/> to <paramref name="end"/> over <paramref name="receives"/>, one segment per
    /// receive, as a pipe holds them.
    /// </summary>
    private static ReadOnlySequence<byte> Received(Segment[] receives, int start, int end)
    {
        var first = SegmentHolding(receives, start);
        var last = SegmentHolding(receives, end - 1);
        return new ReadOnlySequence<byte>(first, start - (int)first.RunningIndex, last, end - (int)last.RunningIndex);
    }

    private static Segment SegmentHolding(Segment[] receives, int offset)
    {
        var index = Array.BinarySearch(receives, offset, SegmentStartComparer.Instance);
        return receives[index >= 0 ? index : ~index - 1];
    }

    /// <summary>One segment per receive, chained once, so each read's sequence is made in logarithmic time.</summary>
    private static Segment[] Chain(byte[] input, int[] receiveEnds)
    {
        var receives = new Segment[receiveEnds.Length];
        var start = 0;
        for (var i = 0; i < receiveEnds.Length; i++)
        {
            var memory = input.AsMemory(start, receiveEnds[i] - start);
            receives[i] = i == 0 ? new Segment(memory, 0) : receives[i - 1].Append(memory);
            start = receiveEnds[i];
        }

        return receives;
    }

    private sealed class SegmentStartComparer : System.Collections.IComparer
    {
        public static readonly SegmentStartComparer Instance = new();

        public int Compare(object? x, object? y) => ((Segment)x!).RunningIndex.CompareTo((long)(int)y!);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}

using System;
using System.Buffers;

namespace MiniHttp.Fuzz;

/// <summary>An input cut into receives, and the bytes a pipe would hold between two offsets of it.</summary>
internal static class Receives
{
    /// <summary>
    /// The bytes from <paramref name="start"/> to <paramref name="end"/> over <paramref name="receives"/>, one segment per
    /// receive, as a pipe holds them.
    /// </summary>
    public static ReadOnlySequence<byte> Between(Segment[] receives, int start, int end)
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
    public static Segment[] Chain(byte[] input, int[] receiveEnds)
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

    public sealed class Segment : ReadOnlySequenceSegment<byte>
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

using System;
using System.Buffers;
using System.Linq;

namespace MiniHttp.Tests.Parsing;

/// <summary>Builds multi-segment <see cref="ReadOnlySequence{T}"/>s, as a pipe hands out bytes from several receives.</summary>
internal static class Segments
{
    /// <summary>One sequence whose segments are copies of <paramref name="parts"/>, empty parts included.</summary>
    public static ReadOnlySequence<byte> Create(params byte[][] parts)
    {
        var first = new Segment(parts[0].ToArray(), 0);
        var last = first;
        foreach (var part in parts.Skip(1))
        {
            last = last.Append(part.ToArray());
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    /// <summary><paramref name="bytes"/> cut at each of <paramref name="offsets"/> (ascending; equal offsets make empty segments).</summary>
    public static ReadOnlySequence<byte> Split(byte[] bytes, params int[] offsets)
    {
        var parts = new byte[offsets.Length + 1][];
        var start = 0;
        for (var i = 0; i < offsets.Length; i++)
        {
            parts[i] = bytes[start..offsets[i]];
            start = offsets[i];
        }

        parts[^1] = bytes[start..];
        return Create(parts);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] bytes, long runningIndex)
        {
            Memory = bytes;
            RunningIndex = runningIndex;
        }

        public Segment Append(byte[] bytes)
        {
            var next = new Segment(bytes, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}

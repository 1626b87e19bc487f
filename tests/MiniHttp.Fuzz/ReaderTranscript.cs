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
        var start = 0;
        foreach (var received in receiveEnds)
        {
            while (start < received)
            {
                var buffer = Received(input, start, received, receiveEnds);
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

    /// <summary>The bytes from <paramref name="start"/> to <paramref name="end"/>, one segment per receive, as a pipe holds them.</summary>
    private static ReadOnlySequence<byte> Received(byte[] input, int start, int end, int[] receiveEnds)
    {
        Segment? first = null;
        Segment? last = null;
        var segmentStart = 0;
        foreach (var receiveEnd in receiveEnds)
        {
            var from = Math.Max(segmentStart, start);
            var to = Math.Min(receiveEnd, end);
            if (from < to)
            {
                var memory = input.AsMemory(from, to - from);
                last = last is null ? first = new Segment(memory, 0) : last.Append(memory);
            }

            segmentStart = receiveEnd;
        }

        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
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

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
        var receives = Receives.Chain(input, receiveEnds);
        var start = 0;
        foreach (var received in receiveEnds)
        {
            while (start < received)
            {
                var buffer = Receives.Between(receives, start, received);
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
}

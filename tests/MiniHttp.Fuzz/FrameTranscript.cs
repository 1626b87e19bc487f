using System;
using System.Text;
using MiniHttp.WebSockets;

namespace MiniHttp.Fuzz;

/// <summary>
/// Feeds an input to a WebSocket <see cref="MessageReader"/> the way a conversation does, one receive at a time, and
/// writes down every event it hands out: each message, ping, pong, the close or failure that ends the input, or the bytes
/// left over.
/// </summary>
public static class FrameTranscript
{
    /// <summary>Small enough that a fuzzed length cannot make the reader allocate much, large enough for the seeds.</summary>
    public const int MaxMessageSize = 64 * 1024;

    /// <param name="receiveEnds">Ascending ends of each receive; the last is the input's length.</param>
    public static string Read(byte[] input, int[] receiveEnds)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(receiveEnds);
        var transcript = new StringBuilder();
        using var reader = new MessageReader(MaxMessageSize);
        var receives = Receives.Chain(input, receiveEnds);
        var start = 0;
        foreach (var received in receiveEnds)
        {
            while (start < received)
            {
                var buffer = Receives.Between(receives, start, received);
                var receiveEvent = reader.TryRead(buffer, out var consumed);
                start += checked((int)buffer.Slice(buffer.Start, consumed).Length);
                switch (receiveEvent)
                {
                    case ReceiveEvent.NeedMoreData:
                        break;
                    case ReceiveEvent.Message:
                        transcript.Append(reader.MessageType).Append(' ').Append(Convert.ToHexString(reader.Payload.Span)).Append('\n');
                        continue;
                    case ReceiveEvent.Ping or ReceiveEvent.Pong:
                        transcript.Append(receiveEvent).Append(' ').Append(Convert.ToHexString(reader.Payload.Span)).Append('\n');
                        continue;
                    default:
                        return transcript.Append(receiveEvent).Append(' ').Append((int)reader.CloseStatus).Append(' ')
                            .Append(Convert.ToHexString(reader.Payload.Span)).ToString();
                }

                break;
            }
        }

        return transcript.Append("left over ").Append(input.Length - start).ToString();
    }
}

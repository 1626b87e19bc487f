using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using MiniHttp.Fuzz;
using static MiniHttp.Tests.WebSockets.ClientFrames;

namespace MiniHttp.Tests.WebSockets;

/// <summary>
/// For generated conversations (text and binary messages, each cut into fragments anywhere, pings between fragments),
/// the frame parser reads exactly the messages sent, however the bytes are split into receives: one piece, or pieces cut
/// anywhere, inside headers, masking keys and code points included.
/// </summary>
public sealed class SplitPropertyTests
{
    private static readonly Gen<Message> Messages =
        Gen.Select(Gen.Bool, Gen.String[0, 80], Gen.Byte.Array[0, 300], Gen.Int[0, int.MaxValue].Array[0, 3], Gen.Bool)
            .Select(static (text, chars, bytes, cuts, ping) => new Message(text, text ? Encoding.UTF8.GetBytes(chars) : bytes, cuts, ping));

    private static readonly Gen<int[]> CutSeeds = Gen.Int[0, int.MaxValue].Array[0, 24];

    [Fact]
    public void Any_split_of_any_fragmentation_reads_the_messages_sent()
    {
        Gen.Select(Messages.Array[1, 6], CutSeeds).Sample(
            (messages, seeds) =>
            {
                var bytes = messages.SelectMany(static message => message.Frames()).SelectMany(static frame => frame).ToArray();
                var expected = string.Concat(messages.Select(static message => message.Transcript())) + "left over 0";

                Assert.Equal(expected, FrameTranscript.Read(bytes, [bytes.Length]));
                Assert.Equal(expected, FrameTranscript.Read(bytes, Ends(bytes.Length, seeds)));
            },
            iter: 2000);
    }

    /// <summary>Ascending receive ends picked by the seeds, the input's length last.</summary>
    private static int[] Ends(int length, int[] seeds) =>
        [.. seeds.Select(seed => 1 + (seed % Math.Max(1, length - 1))).Where(end => end < length).Distinct().Order(), length];

    private sealed record Message(bool Text, byte[] Payload, int[] CutSeeds, bool PingInside)
    {
        public IEnumerable<byte[]> Frames()
        {
            var cuts = CutSeeds.Select(seed => seed % (Payload.Length + 1)).Distinct().Order().ToList();
            var start = 0;
            var opcode = Text ? ClientFrames.Text : Binary;
            foreach (var cut in cuts)
            {
                yield return Frame(opcode, Payload[start..cut], fin: false);
                if (PingInside && opcode != Continuation)
                {
                    yield return Frame(Ping, [0x70]);
                }

                opcode = Continuation;
                start = cut;
            }

            yield return Frame(opcode, Payload[start..]);
        }

        public string Transcript() =>
            (PingInside && CutSeeds.Length > 0 ? "Ping 70\n" : string.Empty)
            + (Text ? "Text " : "Binary ") + Convert.ToHexString(Payload) + "\n";
    }
}

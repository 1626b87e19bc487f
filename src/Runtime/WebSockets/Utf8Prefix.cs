using System;
using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace MiniHttp.WebSockets;

/// <summary>
/// Validates a text message's UTF-8 as its bytes arrive (RFC 6455, section 8.1), so an invalid message fails as soon
/// as its bad bytes are in, whichever frame and receive they came in.
/// </summary>
internal static class Utf8Prefix
{
    /// <summary>
    /// Whether <paramref name="bytes"/> can begin valid UTF-8: all of it valid except, at its end, the start of one
    /// sequence that more bytes may complete. Overlong forms, surrogates and code points above U+10FFFF are invalid,
    /// and so is a prefix only they could complete (<c>E0 80</c>, <c>ED A0</c>, <c>F4 90</c>).
    /// </summary>
    /// <param name="complete">The length of the part that is complete characters: where the unfinished sequence starts.</param>
    public static bool IsValid(ReadOnlySpan<byte> bytes, out int complete)
    {
        complete = UnfinishedSequenceStart(bytes);
        if (!Utf8.IsValid(bytes[..complete]))
        {
            return false;
        }

        // Rune reports a valid but unfinished sequence as NeedMoreData, and one no byte could finish as InvalidData.
        return complete == bytes.Length || Rune.DecodeFromUtf8(bytes[complete..], out _, out _) == OperationStatus.NeedMoreData;
    }

    /// <summary>
    /// Where the last sequence starts when it is shorter than its lead byte announces, else the length: its lead byte is
    /// one of the last three, since no sequence is longer than four.
    /// </summary>
    private static int UnfinishedSequenceStart(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var announced = b switch { >= 0xF0 => 4, >= 0xE0 => 3, >= 0xC0 => 2, _ => 1 };
            return announced > back ? bytes.Length - back : bytes.Length;
        }

        return bytes.Length;
    }
}

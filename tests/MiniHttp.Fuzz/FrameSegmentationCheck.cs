using System;

namespace MiniHttp.Fuzz;

/// <summary>
/// The property the frame fuzzer checks: for any bytes a client sends, the WebSocket frame parser answers without
/// throwing, and the messages and control frames it reads (or the failure it reaches) do not depend on how the bytes
/// were split into receives.
/// </summary>
public static class FrameSegmentationCheck
{
    // One receive per byte is quadratic in the input's length; past this, only the coarser splits are compared.
    private const int ByteAtATimeLimit = 4096;

    /// <exception cref="SegmentationMismatchException">Two splits of <paramref name="input"/> were read differently.</exception>
    public static void Run(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var whole = FrameTranscript.Read(input, [input.Length]);
        Compare(input, whole, "every 7 bytes", FrameTranscript.Read(input, SplitPoints.Every(input.Length, 7)));
        Compare(input, whole, "at input-chosen points", FrameTranscript.Read(input, SplitPoints.ChosenBy(input)));
        if (input.Length <= ByteAtATimeLimit)
        {
            Compare(input, whole, "one byte per receive", FrameTranscript.Read(input, SplitPoints.Every(input.Length, 1)));
        }
    }

    private static void Compare(byte[] input, string whole, string how, string split)
    {
        if (whole != split)
        {
            throw new SegmentationMismatchException(
                $"{input.Length} bytes of WebSocket frames read in one receive and split {how} differ:\n--- one receive\n{whole}\n--- split\n{split}");
        }
    }
}

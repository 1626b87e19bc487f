using System;

namespace MiniHttp.Fuzz;

/// <summary>
/// The property the fuzzer checks: for any bytes, the request reader answers without throwing, and the requests it
/// reads (or the rejection it reaches) do not depend on how the bytes were split into receives.
/// </summary>
public static class SegmentationCheck
{
    // One receive per byte is quadratic in the input's length; past this, only the coarser splits are compared.
    private const int ByteAtATimeLimit = 4096;

    /// <exception cref="SegmentationMismatchException">Two splits of <paramref name="input"/> were read differently.</exception>
    public static void Run(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var whole = ReaderTranscript.Read(input, [input.Length]);
        Compare(input, whole, "in one receive", ReaderTranscript.Read(input, SplitPoints.Every(input.Length, 7)));
        Compare(input, whole, "at input-chosen points", ReaderTranscript.Read(input, SplitPoints.ChosenBy(input)));
        if (input.Length <= ByteAtATimeLimit)
        {
            Compare(input, whole, "one byte per receive", ReaderTranscript.Read(input, SplitPoints.Every(input.Length, 1)));
        }
    }

    private static void Compare(byte[] input, string whole, string how, string split)
    {
        if (whole != split)
        {
            throw new SegmentationMismatchException(
                $"{input.Length} bytes read in one receive and split {how} differ:\n--- one receive\n{whole}\n--- split\n{split}");
        }
    }
}

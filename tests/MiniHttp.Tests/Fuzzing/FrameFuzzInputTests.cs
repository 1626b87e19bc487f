using MiniHttp.Fuzz;

namespace MiniHttp.Tests.Fuzzing;

/// <summary>
/// Replays the WebSocket frame fuzzer's seed corpus and every input it ever found a fault with through the property it
/// checks, so a fault once fixed stays fixed without running afl.
/// </summary>
public sealed class FrameFuzzInputTests
{
    public static TheoryData<string> Inputs() => FuzzInputFiles.In(".bin", "frames-corpus", "frames-regressions");

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Each_input_is_read_the_same_however_it_is_split(string input)
    {
        var bytes = FuzzInputFiles.Read(input);

        var exception = Record.Exception(() => FrameSegmentationCheck.Run(bytes));

        Assert.Null(exception);
    }

    [Fact]
    public void The_seed_corpus_is_there()
    {
        var seeds = FuzzInputFiles.In(".bin", "frames-corpus").Count;

        Assert.True(seeds >= 10, $"{seeds} seed inputs");
    }

    [Fact]
    public void A_transcript_differs_when_the_frames_do()
    {
        // The check compares transcripts: they must tell a message from a ping, so a resumption bug cannot hide.
        var text = new byte[] { 0x81, 0x81, 0, 0, 0, 0, (byte)'a' };
        var ping = new byte[] { 0x89, 0x81, 0, 0, 0, 0, (byte)'a' };

        Assert.NotEqual(FrameTranscript.Read(text, [text.Length]), FrameTranscript.Read(ping, [ping.Length]));
    }
}

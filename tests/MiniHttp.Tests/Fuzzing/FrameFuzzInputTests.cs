using System;
using System.IO;
using System.Linq;
using MiniHttp.Fuzz;

namespace MiniHttp.Tests.Fuzzing;

/// <summary>
/// Replays the WebSocket frame fuzzer's seed corpus and every input it ever found a fault with through the property it
/// checks, so a fault once fixed stays fixed without running afl.
/// </summary>
public sealed class FrameFuzzInputTests
{
    public static TheoryData<string> Inputs()
    {
        var inputs = new TheoryData<string>();
        foreach (var folder in new[] { "frames-corpus", "frames-regressions" })
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Fuzzing", folder);
            var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.bin") : [];
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                inputs.Add(Path.Combine(folder, Path.GetFileName(file)));
            }
        }

        return inputs;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Each_input_is_read_the_same_however_it_is_split(string input)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fuzzing", input));

        var exception = Record.Exception(() => FrameSegmentationCheck.Run(bytes));

        Assert.Null(exception);
    }

    [Fact]
    public void The_seed_corpus_is_there()
    {
        var seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fuzzing", "frames-corpus"), "*.bin");

        Assert.True(seeds.Length >= 10, $"{seeds.Length} seed inputs");
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

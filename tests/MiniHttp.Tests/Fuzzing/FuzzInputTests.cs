using MiniHttp.Fuzz;

namespace MiniHttp.Tests.Fuzzing;

/// <summary>
/// Replays the fuzzer's seed corpus and every input it ever found a fault with through the property it checks, so a
/// fault once fixed stays fixed without running afl.
/// </summary>
public sealed class FuzzInputTests
{
    public static TheoryData<string> Inputs() => FuzzInputFiles.In(".http", "corpus", "regressions");

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Each_input_is_read_the_same_however_it_is_split(string input)
    {
        var bytes = FuzzInputFiles.Read(input);

        var exception = Record.Exception(() => SegmentationCheck.Run(bytes));

        Assert.Null(exception);
    }

    [Fact]
    public void The_seed_corpus_is_there()
    {
        Assert.True(Inputs().Count >= 13, "The seed corpus under tests/MiniHttp.Fuzz/corpus was not copied to the test output.");
    }

    [Fact]
    public void The_transcript_holds_each_request_read_and_how_the_input_ended()
    {
        var input = "GET /a?x=1 HTTP/1.1\r\nHost: h\r\n\r\nPOST /b HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nhiGET"u8.ToArray();

        var transcript = ReaderTranscript.Read(input, [input.Length]);

        Assert.Equal(
            "GET /a ?x=1 Http11\n486F73743A20680D0A\n\n"
            + "POST /b ? Http11\n486F73743A20680D0A436F6E74656E742D4C656E6774683A20320D0A\n6869\n"
            + "left over 3",
            transcript);
    }
}

using System.Threading.Tasks;

namespace MiniHttp.Tests.WebSockets;

/// <summary>The <see cref="Corpus"/> over in-memory pipes: the protocol alone, each case's bytes in one receive.</summary>
public sealed class PipeCorpusTests
{
    public static TheoryData<string, byte[], string[]> Framing() => Corpus.Framing();

    public static TheoryData<string, byte[], string[]> Pings() => Corpus.Pings();

    public static TheoryData<string, byte[], string[]> Reserved() => Corpus.Reserved();

    public static TheoryData<string, byte[], string[]> Fragmentation() => Corpus.Fragmentation();

    public static TheoryData<string, byte[], string[]> Utf8Text() => Corpus.Utf8Text();

    public static TheoryData<string, byte[], string[]> Closing() => Corpus.Closing();

    public static TheoryData<string, byte[], string[]> Limits() => Corpus.Limits();

    [Theory]
    [MemberData(nameof(Framing))]
    [MemberData(nameof(Pings))]
    [MemberData(nameof(Reserved))]
    [MemberData(nameof(Fragmentation))]
    [MemberData(nameof(Utf8Text))]
    [MemberData(nameof(Closing))]
    public async Task The_echo_server_answers_as_the_protocol_says(string name, byte[] client, string[] expected)
    {
        Assert.NotEmpty(name);

        var frames = await PipeConversation.EchoAsync(client);

        Assert.Equal(expected, frames);
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public async Task Messages_past_the_limit_fail_the_connection_with_1009(string name, byte[] client, string[] expected)
    {
        Assert.NotEmpty(name);

        var frames = await PipeConversation.EchoAsync(client, Corpus.SmallLimits);

        Assert.Equal(expected, frames);
    }

    [Theory]
    [MemberData(nameof(Fragmentation))]
    [MemberData(nameof(Utf8Text))]
    public async Task Each_byte_in_its_own_receive_gives_the_same_answer(string name, byte[] client, string[] expected)
    {
        Assert.NotEmpty(name);
        var receives = new byte[client.Length][];
        for (var i = 0; i < client.Length; i++)
        {
            receives[i] = [client[i]];
        }

        var frames = await PipeConversation.RunAsync(receives, PipeConversation.Echo);

        Assert.Equal(expected, frames);
    }
}

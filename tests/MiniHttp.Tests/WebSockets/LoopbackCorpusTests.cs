using System.Text;
using System.Threading.Tasks;
using MiniHttp.Tests.Server;

namespace MiniHttp.Tests.WebSockets;

/// <summary>
/// The <see cref="Corpus"/> over a loopback socket, behind a real handshake: the server's close frame reaches the client
/// before the TCP connection ends, and nothing follows it.
/// </summary>
public sealed class LoopbackCorpusTests
{
    [Theory]
    [MemberData(nameof(PipeCorpusTests.Framing), MemberType = typeof(PipeCorpusTests))]
    [MemberData(nameof(PipeCorpusTests.Pings), MemberType = typeof(PipeCorpusTests))]
    [MemberData(nameof(PipeCorpusTests.Reserved), MemberType = typeof(PipeCorpusTests))]
    [MemberData(nameof(PipeCorpusTests.Fragmentation), MemberType = typeof(PipeCorpusTests))]
    [MemberData(nameof(PipeCorpusTests.Utf8Text), MemberType = typeof(PipeCorpusTests))]
    [MemberData(nameof(PipeCorpusTests.Closing), MemberType = typeof(PipeCorpusTests))]
    public async Task The_echo_route_answers_as_the_protocol_says(string name, byte[] client, string[] expected)
    {
        Assert.NotEmpty(name);
        await using var server = TestServer.Start<WebSocketRouter>();

        var (head, frames) = await RawWebSocketClient.ExchangeAsync(
            server.LocalEndPoint, [.. Encoding.ASCII.GetBytes(RawWebSocketClient.Handshake()), .. client]);

        Assert.StartsWith("HTTP/1.1 101 ", head);
        Assert.Equal(expected, frames);
    }

    [Theory]
    [MemberData(nameof(PipeCorpusTests.Limits), MemberType = typeof(PipeCorpusTests))]
    public async Task Messages_past_the_servers_limit_fail_the_connection_with_1009(string name, byte[] client, string[] expected)
    {
        Assert.NotEmpty(name);
        await using var server = TestServer.Start<WebSocketRouter>(limits: Corpus.SmallLimits);

        var (_, frames) = await RawWebSocketClient.ExchangeAsync(
            server.LocalEndPoint, [.. Encoding.ASCII.GetBytes(RawWebSocketClient.Handshake()), .. client]);

        Assert.Equal(expected, frames);
    }
}

using System.Text;
using System.Threading.Tasks;
using MiniHttp.Tests.Server;

namespace MiniHttp.Tests.WebSockets;

/// <summary>RFC 6455, sections 4.2.1 and 4.2.2: the opening handshake over a loopback socket.</summary>
public sealed class HandshakeTests
{
    [Fact]
    public async Task A_valid_handshake_is_answered_101_with_the_accept_value_of_the_rfc_example()
    {
        await using var server = TestServer.Start<WebSocketRouter>();

        var (head, frames) = await RawWebSocketClient.ExchangeAsync(server.LocalEndPoint, Encoding.ASCII.GetBytes(RawWebSocketClient.Handshake()));

        Assert.StartsWith("HTTP/1.1 101 Switching Protocols\r\n", head);
        Assert.Contains("\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n", head);
        Assert.DoesNotContain("Content-Length", head);
        Assert.DoesNotContain("Sec-WebSocket-Protocol", head);
        // The client ended its side without a close frame: nothing to answer.
        Assert.Empty(frames);
    }

    [Theory]
    [InlineData("GET /ws HTTP/1.1\r\nHost: a\r\nUpgrade: WebSocket\r\nConnection: keep-alive, Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")]
    [InlineData("GET /ws HTTP/1.1\r\nHost: a\r\nUpgrade: h2c, websocket\r\nConnection: close\r\nConnection: upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")]
    [InlineData("GET /ws HTTP/1.1\r\nhost: a\r\nupgrade: websocket\r\nconnection: UPGRADE\r\nsec-websocket-key: AAAAAAAAAAAAAAAAAAAAAA==\r\nsec-websocket-version: 13\r\nSec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n\r\n")]
    public async Task Token_lists_and_field_names_are_read_as_the_rfc_says(string request)
    {
        await using var server = TestServer.Start<WebSocketRouter>();

        var (head, _) = await RawWebSocketClient.ExchangeAsync(server.LocalEndPoint, Encoding.ASCII.GetBytes(request));

        Assert.StartsWith("HTTP/1.1 101 ", head);
        // permessage-deflate is never negotiated: no extension is in use.
        Assert.DoesNotContain("Sec-WebSocket-Extensions", head);
    }

    [Theory]
    [InlineData("no Upgrade", "GET /ws HTTP/1.1\r\nHost: a\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")]
    [InlineData("another protocol", "GET /ws HTTP/1.1\r\nHost: a\r\nUpgrade: h2c\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")]
    [InlineData("no Connection: upgrade", "GET /ws HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: keep-alive\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")]
    [InlineData("no key", "GET /ws HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n")]
    [InlineData("a key of 15 bytes", "GET /ws HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: AAAAAAAAAAAAAAAAAAAA\r\nSec-WebSocket-Version: 13\r\n\r\n")]
    [InlineData("a key of 17 bytes", "GET /ws HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: AAAAAAAAAAAAAAAAAAAAAAA=\r\nSec-WebSocket-Version: 13\r\n\r\n")]
    [InlineData("a key that is not base64", "GET /ws HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ!!\r\nSec-WebSocket-Version: 13\r\n\r\n")]
    [InlineData("two keys", "GET /ws HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Key: AAAAAAAAAAAAAAAAAAAAAA==\r\nSec-WebSocket-Version: 13\r\n\r\n")]
    [InlineData("HTTP/1.0", "GET /ws HTTP/1.0\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")]
    [InlineData("a POST", "POST /ws HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")]
    [InlineData("a plain GET", "GET /ws HTTP/1.1\r\nHost: a\r\nConnection: keep-alive\r\n\r\n")]
    public async Task A_bad_upgrade_is_answered_400(string name, string request)
    {
        Assert.NotEmpty(name);
        await using var server = TestServer.Start<WebSocketRouter>();

        var (head, frames) = await RawWebSocketClient.ExchangeAsync(server.LocalEndPoint, Encoding.ASCII.GetBytes(request));

        Assert.StartsWith("HTTP/1.1 400 Bad Request\r\n", head);
        Assert.Empty(frames);
    }

    [Theory]
    [InlineData("Sec-WebSocket-Version: 8\r\n")]
    [InlineData("Sec-WebSocket-Version: 13, 8\r\n")]
    [InlineData("")]
    public async Task Another_version_is_answered_426_naming_version_13(string versionField)
    {
        await using var server = TestServer.Start<WebSocketRouter>();
        var request = "GET /ws HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n" + versionField + "\r\n";

        var (head, _) = await RawWebSocketClient.ExchangeAsync(server.LocalEndPoint, Encoding.ASCII.GetBytes(request));

        Assert.StartsWith("HTTP/1.1 426 Upgrade Required\r\n", head);
        Assert.Contains("\r\nSec-WebSocket-Version: 13\r\n", head);
    }

    [Fact]
    public async Task A_HEAD_is_answered_400_without_a_body()
    {
        await using var server = TestServer.Start<WebSocketRouter>();
        var request = RawWebSocketClient.Handshake().Replace("GET ", "HEAD ", System.StringComparison.Ordinal);

        var received = Encoding.Latin1.GetString(await RawWebSocketClient.SendAndReceiveAllAsync(server.LocalEndPoint, Encoding.ASCII.GetBytes(request)));

        Assert.StartsWith("HTTP/1.1 400 Bad Request\r\n", received);
        Assert.EndsWith("\r\n\r\n", received);
    }

    [Theory]
    [InlineData("Sec-WebSocket-Protocol: soap, chat\r\n", "chat")]
    [InlineData("Sec-WebSocket-Protocol: superchat\r\nSec-WebSocket-Protocol: chat\r\n", "superchat")]
    [InlineData("Sec-WebSocket-Protocol: superchat , chat\r\n", "superchat")]
    public async Task The_clients_first_subprotocol_that_the_route_speaks_is_selected(string offered, string selected)
    {
        await using var server = TestServer.Start<WebSocketRouter>();
        var request = Encoding.ASCII.GetBytes(RawWebSocketClient.Handshake("/chat", offered));

        var (head, frames) = await RawWebSocketClient.ExchangeAsync(server.LocalEndPoint, [.. request, .. ClientFrames.CloseFrame(1000)]);

        Assert.Contains($"\r\nSec-WebSocket-Protocol: {selected}\r\n", head);
        Assert.Equal(["Text " + selected, "Close 1000"], frames);
    }

    [Theory]
    [InlineData("/chat", "Sec-WebSocket-Protocol: soap, CHAT\r\n")]
    [InlineData("/chat", "")]
    [InlineData("/ws", "Sec-WebSocket-Protocol: chat\r\n")]
    public async Task Without_a_subprotocol_in_common_the_handshake_succeeds_without_one(string path, string offered)
    {
        await using var server = TestServer.Start<WebSocketRouter>();

        var (head, _) = await RawWebSocketClient.ExchangeAsync(server.LocalEndPoint, Encoding.ASCII.GetBytes(RawWebSocketClient.Handshake(path, offered)));

        Assert.StartsWith("HTTP/1.1 101 ", head);
        Assert.DoesNotContain("Sec-WebSocket-Protocol", head);
    }

    [Fact]
    public async Task Frames_sent_right_behind_the_handshake_are_answered()
    {
        await using var server = TestServer.Start<WebSocketRouter>();
        var bytes = Encoding.ASCII.GetBytes(RawWebSocketClient.Handshake());

        var (_, frames) = await RawWebSocketClient.ExchangeAsync(
            server.LocalEndPoint, [.. bytes, .. ClientFrames.TextFrame("early"), .. ClientFrames.CloseFrame(1000)]);

        Assert.Equal(["Text early", "Close 1000"], frames);
    }

    [Fact]
    public async Task Requests_before_the_handshake_on_the_same_connection_are_answered_first()
    {
        await using var server = TestServer.Start<WebSocketRouter>();
        var bytes = Encoding.ASCII.GetBytes("GET /other HTTP/1.1\r\nHost: a\r\n\r\n" + RawWebSocketClient.Handshake());

        var (head, frames) = await RawWebSocketClient.ExchangeAsync(server.LocalEndPoint, [.. bytes, .. ClientFrames.CloseFrame(1000)]);

        Assert.StartsWith("HTTP/1.1 404 Not Found\r\n", head);
        Assert.Contains("\r\n\r\nNot FoundHTTP/1.1 101 Switching Protocols\r\n", head);
        Assert.Equal(["Close 1000"], frames);
    }
}

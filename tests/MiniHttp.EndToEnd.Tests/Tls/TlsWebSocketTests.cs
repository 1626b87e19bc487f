using System;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp.EndToEnd.Tests.Tls;

/// <summary>
/// The Arena's <c>/ws</c> echo over TLS (<c>wss://</c>), as .NET's <see cref="ClientWebSocket"/> trusting the test
/// authority only sees it: the handshake, messages that span many TLS records, and the close handshake all go through
/// the TLS stream the connection's pipes are over.
/// </summary>
public sealed class TlsWebSocketTests(TlsServerFixture fixture) : IClassFixture<TlsServerFixture>
{
    [Fact]
    public async Task Messages_and_the_close_handshake_go_through_tls()
    {
        using var client = new ClientWebSocket();
        client.Options.RemoteCertificateValidationCallback = TestCertificates.TrustOnly(fixture.Certificates.Authority);
        await client.ConnectAsync(new Uri($"wss://{fixture.TlsServer.LocalEndPoint}/ws"), CancellationToken.None).WaitAsync(TlsServerFixture.Timeout);
        var large = Enumerable.Range(0, 100_000).Select(static i => (byte)(i * 7)).ToArray();

        await SendAsync(client, Encoding.UTF8.GetBytes("over tls"), WebSocketMessageType.Text);
        var text = await ReceiveAsync(client);
        await SendAsync(client, large, WebSocketMessageType.Binary);
        var binary = await ReceiveAsync(client);
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None).WaitAsync(TlsServerFixture.Timeout);

        Assert.Equal((WebSocketMessageType.Text, "over tls"), (text.Type, Encoding.UTF8.GetString(text.Payload)));
        Assert.Equal(WebSocketMessageType.Binary, binary.Type);
        Assert.Equal(large, binary.Payload);
        Assert.Equal(WebSocketState.Closed, client.State);
        Assert.Equal((WebSocketCloseStatus.NormalClosure, "bye"), (client.CloseStatus, client.CloseStatusDescription));
    }

    private static Task SendAsync(ClientWebSocket client, byte[] payload, WebSocketMessageType type) =>
        client.SendAsync(payload, type, endOfMessage: true, CancellationToken.None).WaitAsync(TlsServerFixture.Timeout);

    private static async Task<(WebSocketMessageType Type, byte[] Payload)> ReceiveAsync(ClientWebSocket client)
    {
        var buffer = new byte[16 * 1024];
        using var message = new System.IO.MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await client.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(TlsServerFixture.Timeout);
            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        return (received.MessageType, message.ToArray());
    }
}

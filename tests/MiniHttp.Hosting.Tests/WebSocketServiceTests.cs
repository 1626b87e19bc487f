using System;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp.Hosting.Tests;

/// <summary>
/// A WebSocket handler of a routes class created from services, one instance for all conversations, takes a singleton and
/// a scoped service made once per conversation, shared by all its messages, and disposed when the conversation ends. The
/// ledger's counters are the process's, so every test that counts them is in this class.
/// </summary>
public sealed class WebSocketServiceTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Each_conversation_has_one_scoped_service_disposed_when_it_ends()
    {
        await using var host = await TestHost.StartAsync();
        var created = ConversationLedger.Created;
        var disposed = ConversationLedger.Disposed;
        using var first = await ConnectAsync(host);
        using var second = await ConnectAsync(host);

        var firstReplies = new[] { await ExchangeAsync(first, "a"), await ExchangeAsync(first, "b") };
        var secondReply = await ExchangeAsync(second, "c");
        var createdWhileOpen = ConversationLedger.Created;
        var disposedWhileOpen = ConversationLedger.Disposed;
        await first.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(Bound);
        var firstDisposed = await WaitUntilAsync(() => ConversationLedger.Disposed == disposed + 1);
        await second.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(Bound);
        var bothDisposed = await WaitUntilAsync(() => ConversationLedger.Disposed == disposed + 2);

        var firstId = created + 1;
        var secondId = created + 2;
        Assert.Equal([$"hello a {firstId} 1", $"hello b {firstId} 1"], firstReplies);
        Assert.Equal($"hello c {secondId} 2", secondReply);
        Assert.Equal((created + 2, disposed), (createdWhileOpen, disposedWhileOpen));
        Assert.True(firstDisposed, "the first conversation's scope was not disposed when it ended");
        Assert.True(bothDisposed, "the second conversation's scope was not disposed when it ended");
        Assert.Equal(created + 2, ConversationLedger.Created);
    }

    private static async Task<ClientWebSocket> ConnectAsync(TestHost host)
    {
        var client = new ClientWebSocket();
        await client.ConnectAsync(new Uri($"ws://{host.Server.EndPoints[0]}/ws/greet"), CancellationToken.None).WaitAsync(Bound);
        return client;
    }

    private static async Task<string> ExchangeAsync(ClientWebSocket client, string text)
    {
        await client.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).WaitAsync(Bound);
        var buffer = new byte[256];
        var received = await client.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(Bound);
        Assert.True(received.EndOfMessage);
        return Encoding.UTF8.GetString(buffer, 0, received.Count);
    }

    /// <summary>Whether <paramref name="condition"/> became true within the bound: the scope is disposed as the handler's task completes, which the client's close does not wait for.</summary>
    private static async Task<bool> WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(10);
        }

        return true;
    }
}

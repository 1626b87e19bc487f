using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using MiniHttp.WebSockets;

namespace MiniHttp.Hosting.Tests;

/// <summary>A scoped service that counts how many were made and disposed, for the WebSocket conversations that take it.</summary>
public sealed class ConversationLedger : IAsyncDisposable
{
    private static int s_created;
    private static int s_disposed;

    public ConversationLedger() => Id = Interlocked.Increment(ref s_created);

    public static int Created => Volatile.Read(ref s_created);

    public static int Disposed => Volatile.Read(ref s_disposed);

    public int Id { get; }

    public async ValueTask DisposeAsync()
    {
        await Task.Yield();
        Interlocked.Increment(ref s_disposed);
    }
}

/// <summary>A routes class created from services whose WebSocket handler takes a singleton and a scoped service.</summary>
public sealed class ConversationRoutes
{
    private int _conversations;

    // Each message is answered with the singleton's greeting, the conversation's ledger and the conversation's number
    // among those of this router's one instance of the class.
    [WebSocket("/ws/greet")]
    public async ValueTask Greet(
        WebSocketConnection connection, [FromServices] Greeter greeter, [FromServices(ServiceLifetime.Scoped)] ConversationLedger ledger)
    {
        var conversation = Interlocked.Increment(ref _conversations);
        while (await connection.ReceiveAsync() is { IsClose: false } message)
        {
            connection.Send($"{greeter.Greet(Encoding.UTF8.GetString(message.Payload.Span))} {ledger.Id} {conversation}");
        }
    }
}

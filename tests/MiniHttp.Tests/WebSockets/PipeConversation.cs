using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Threading.Tasks;
using MiniHttp.WebSockets;

namespace MiniHttp.Tests.WebSockets;

/// <summary>
/// Runs a <see cref="WebSocketConnection"/> over in-memory pipes, with no socket and no HTTP: the client's bytes go in,
/// in the receives given, then the client's end of the stream; what the server sent comes out as frames.
/// </summary>
internal static class PipeConversation
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    /// <summary>Echoes every message back, as the Arena's <c>/ws</c> does.</summary>
    public static async ValueTask Echo(WebSocketConnection connection)
    {
        while (await connection.ReceiveAsync() is { IsClose: false } message)
        {
            connection.Send(message.Type, message.Payload.Span);
        }
    }

    public static Task<List<string>> EchoAsync(byte[] clientBytes, ServerLimits? limits = null) =>
        RunAsync([clientBytes], Echo, limits);

    /// <param name="receives">The client's bytes, each array one write and flush, so one receive at most.</param>
    public static async Task<List<string>> RunAsync(
        IReadOnlyList<byte[]> receives, Func<WebSocketConnection, ValueTask> handler, ServerLimits? limits = null)
    {
        // Never paused: a server that fails the connection stops reading, as it would close its socket.
        var toServer = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        var toClient = new Pipe();
        using var connection = new WebSocketConnection(toServer.Reader, toClient.Writer, limits ?? ServerLimits.Default, subProtocol: null);
        var output = ReadAllAsync(toClient.Reader);
        var run = RunServerAsync(connection, handler, toClient.Writer);
        foreach (var receive in receives)
        {
            await toServer.Writer.WriteAsync(receive).AsTask().WaitAsync(Bound);
        }

        await toServer.Writer.CompleteAsync();
        await run.WaitAsync(Bound);
        return ServerFrames.Read(await output.WaitAsync(Bound));
    }

    private static async Task RunServerAsync(WebSocketConnection connection, Func<WebSocketConnection, ValueTask> handler, PipeWriter output)
    {
        await connection.RunAsync(handler, static e => throw new InvalidOperationException("The handler failed.", e));
        await output.CompleteAsync();
    }

    private static async Task<byte[]> ReadAllAsync(PipeReader reader)
    {
        using var bytes = new MemoryStream();
        await reader.CopyToAsync(bytes);
        return bytes.ToArray();
    }
}

using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MiniHttp.Generated;
using MiniHttp.Generators.Tests.Dispatch;

namespace MiniHttp.Generators.Tests.Blocking;

/// <summary>
/// A <c>[Blocking]</c> handler that blocks holds up no other connection. With inline socket completions
/// (<c>tests/inline-completions.sh</c> runs this assembly so too) a handler runs on the socket event thread that read its
/// request, one of a few that serve every connection; without the attribute, the requests of the connections that thread
/// serves would wait behind the blocked handler.
/// </summary>
public sealed class BlockingIsolationTests
{
    // More than the socket event threads of any machine this runs on, so some connections share the blocked one's.
    private const int OtherConnections = 8;

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task While_a_blocking_handler_blocks_the_requests_on_other_connections_are_answered()
    {
        await using var server = new HttpServer<Router>(
            new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) },
            new Router(new CounterRoutes(), new StoreRoutes()));
        server.Start();
        var connections = await Task.WhenAll(Enumerable.Range(0, OtherConnections + 1).Select(_ => ConnectAsync(server.LocalEndPoint)));
        try
        {
            // Two requests on each first, so that every connection is a settled one, waiting in a pending receive: what it
            // is sent next is then handed over by its socket event thread (a connection's first request is often read on
            // the thread pool, where the connection starts).
            Assert.Equal(Enumerable.Repeat("1", connections.Length), await Task.WhenAll(connections.Select(static socket => ExchangeAsync(socket, 0))));
            Assert.Equal(Enumerable.Repeat("101", connections.Length), await Task.WhenAll(connections.Select(static socket => ExchangeAsync(socket, 100))));

            var blocked = connections[0];
            await blocked.SendAsync(Encoding.ASCII.GetBytes("POST /blocking/gate HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n"));
            Assert.True(await Task.Run(static () => BlockingGate.Entered.Wait(TimeSpan.FromSeconds(10))), "The blocking handler never ran.");

            var others = await Task.WhenAll(connections.Skip(1).Select(static (socket, i) => ExchangeAsync(socket, i)));

            // Every other connection was answered with the gate still closed: nothing waited behind the blocked handler.
            Assert.False(BlockingGate.Open.IsSet);
            Assert.Equal(Enumerable.Range(1, OtherConnections).Select(static sum => sum.ToString(CultureInfo.InvariantCulture)), others);

            BlockingGate.Open.Set();
            Assert.Equal("opened", await ReadBodyAsync(blocked));
        }
        finally
        {
            foreach (var socket in connections)
            {
                socket.Dispose();
            }
        }
    }

    /// <summary>Sends <c>GET /baseline11?a=a&amp;b=1</c>, an ordinary route, and returns the body of its response.</summary>
    private static async Task<string> ExchangeAsync(Socket socket, int a)
    {
        await socket.SendAsync(Encoding.ASCII.GetBytes($"GET /baseline11?a={a}&b=1 HTTP/1.1\r\nHost: a\r\n\r\n"));
        return await ReadBodyAsync(socket);
    }

    private static async Task<Socket> ConnectAsync(IPEndPoint endPoint)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = new CancellationTokenSource(s_timeout);
        await socket.ConnectAsync(endPoint, timeout.Token);
        return socket;
    }

    /// <summary>Reads one response, within the bound, and returns its body.</summary>
    private static async Task<string> ReadBodyAsync(Socket socket)
    {
        using var timeout = new CancellationTokenSource(s_timeout);
        var received = new StringBuilder();
        var buffer = new byte[4096];
        while (true)
        {
            var text = received.ToString();
            var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headEnd >= 0)
            {
                const string Field = "Content-Length: ";
                var start = text.IndexOf(Field, StringComparison.Ordinal) + Field.Length;
                var length = int.Parse(text.AsSpan(start, text.IndexOf('\r', start) - start), CultureInfo.InvariantCulture);
                if (text.Length >= headEnd + 4 + length)
                {
                    return text.Substring(headEnd + 4, length);
                }
            }

            int count;
            try
            {
                count = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No whole response within {s_timeout.TotalSeconds} s (it waits behind the blocked handler?): {text}");
            }

            if (count == 0)
            {
                throw new InvalidOperationException($"The server closed after sending: {text}");
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, count));
        }
    }
}

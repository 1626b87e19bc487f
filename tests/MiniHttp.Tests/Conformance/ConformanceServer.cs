using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp.Tests.Conformance;

/// <summary>
/// A real <see cref="HttpServer{TRouter}"/> on a loopback port, with limits small enough that the cases that reach
/// them can show their raw bytes in full. Each case runs on a connection of its own.
/// </summary>
public sealed class ConformanceServer : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>The limits every case runs under.</summary>
    public static readonly ServerLimits Limits = ServerLimits.Default with
    {
        MaxRequestLineSize = 64,
        MaxRequestHeadersTotalSize = 128,
        MaxRequestHeaderCount = 6,
        MaxRequestBodySize = 16,
    };

    internal static ReadOnlySpan<byte> ProbePath => "/probe"u8;

    /// <summary>Sent after every case: answered only if the case left the connection open and in step.</summary>
    private const string Probe = "GET /probe HTTP/1.1\r\nHost: probe\r\n\r\n";

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);

    private readonly HttpServer<ConformanceRouter> _server = new(new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0), Limits = Limits });

    public Task InitializeAsync()
    {
        _server.Start();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _server.StopAsync();

    ValueTask IAsyncDisposable.DisposeAsync() => _server.DisposeAsync();

    /// <summary>
    /// Sends <paramref name="raw"/> and the probe in one write, ends the sending side, and reads every byte the server
    /// sends until it closes.
    /// </summary>
    internal async Task<Exchange> ExchangeAsync(string raw)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = new CancellationTokenSource(s_timeout);
        await socket.ConnectAsync(_server.LocalEndPoint, timeout.Token);
        await socket.SendAsync(Encoding.Latin1.GetBytes(raw + Probe), SocketFlags.None, timeout.Token);
        socket.Shutdown(SocketShutdown.Send);

        var received = new StringBuilder();
        var buffer = new byte[16 * 1024];
        int count;
        while ((count = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token)) > 0)
        {
            received.Append(Encoding.Latin1.GetString(buffer, 0, count));
        }

        return new Exchange(WireResponse.ParseAll(received.ToString()));
    }

    /// <summary>
    /// Asserts that the last response to <paramref name="raw"/> has <paramref name="status"/> and that the connection
    /// then stays open (the probe is answered next) or closes (nothing follows).
    /// </summary>
    internal async Task AssertAnsweredAsync(string raw, int status, Persistence persistence)
    {
        var exchange = await ExchangeAsync(raw);
        var response = exchange.LastBeforeProbe(persistence);
        Assert.True(status == response.Status, $"Expected {status}, got:\n{response}");
        Assert.True(response.Closes == (persistence == Persistence.Close), $"Expected {persistence}, got:\n{response}");
    }
}

using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using MiniHttp.Generated;

namespace MiniHttp.EndToEnd.Tests.Properties;

/// <summary>
/// For generated broken input (well-framed batches with bytes overwritten, inserted or cut off), the server answers what
/// it can and closes, never lets a fault escape a connection, never writes anything but HTTP responses, and goes on
/// serving everyone else.
/// </summary>
public sealed class MalformedInputPropertyTests : IAsyncLifetime, IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly ErrorCountingLogger _logger = new();
    private readonly HttpServer<Router> _server;

    public MalformedInputPropertyTests() =>
        _server = new HttpServer<Router>(
            new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0), Logger = _logger },
            ArenaServerFixture.RouterWithoutDataset);

    /// <summary>A batch with a few bytes overwritten by any byte value, and maybe cut short.</summary>
    private static readonly Gen<byte[]> Broken = Gen.Select(
        ArenaRequests.Batch,
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte).Array[1, 4],
        Gen.Int[0, 100],
        static (batch, overwrites, keepPercent) =>
        {
            var bytes = batch.SelectMany(static request => request).ToArray();
            foreach (var (seed, value) in overwrites)
            {
                bytes[seed % bytes.Length] = value;
            }

            return bytes[..Math.Max(1, bytes.Length * keepPercent / 100)];
        });

    [Fact]
    public async Task Broken_input_is_answered_or_closed_and_never_faults_the_server()
    {
        await Broken.SampleAsync(
            async input =>
            {
                var received = await SendAndReadToEndAsync(input);

                Assert.True(received.Length == 0 || received.StartsWith("HTTP/1.", StringComparison.Ordinal), received);
                Assert.DoesNotContain("Exception", received, StringComparison.Ordinal);
                Assert.DoesNotContain("   at ", received, StringComparison.Ordinal);
            },
            iter: 150,
            threads: 1);

        Assert.Empty(_logger.Errors);
        Assert.True(await WaitForNoConnectionsAsync(), $"{_server.ConnectionCount} connections are still open.");
        Assert.StartsWith("HTTP/1.1 200 OK", await SendAndReadToEndAsync("GET /pipeline HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"u8.ToArray()), StringComparison.Ordinal);
    }

    public Task InitializeAsync()
    {
        _server.Start();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _server.StopAsync();

    async ValueTask IAsyncDisposable.DisposeAsync() => await _server.DisposeAsync();

    /// <summary>Sends the input, says it is all (half-close), and reads until the server closes.</summary>
    private async Task<string> SendAndReadToEndAsync(byte[] input)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = new CancellationTokenSource(Timeout);
        await socket.ConnectAsync(_server.LocalEndPoint, timeout.Token);
        var received = new StringBuilder();
        try
        {
            await socket.SendAsync(input, SocketFlags.None, timeout.Token);
            socket.Shutdown(SocketShutdown.Send);
        }
        catch (SocketException)
        {
            // The server may refuse the input and close before all of it is sent.
        }

        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token)) > 0)
            {
                received.Append(Encoding.Latin1.GetString(buffer, 0, read));
            }
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.ConnectionReset)
        {
            // A reset after the server's answer still ends the exchange; what arrived before it is checked.
        }

        return received.ToString();
    }

    private async Task<bool> WaitForNoConnectionsAsync()
    {
        for (var waited = TimeSpan.Zero; waited < Timeout; waited += TimeSpan.FromMilliseconds(20))
        {
            if (_server.ConnectionCount == 0)
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }
}

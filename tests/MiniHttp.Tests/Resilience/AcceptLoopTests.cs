using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using MiniHttp.Tests.Server;
using MiniHttp.Tests.Streaming;

namespace MiniHttp.Tests.Resilience;

/// <summary>
/// A failure while setting up one accepted connection ends that connection only: its socket is closed, its place under
/// <see cref="ServerLimits.MaxConcurrentConnections"/> given back, the failure logged, and the accept loop goes on. The
/// failure is injected through <see cref="ServerOptions.ConnectionSetUpHook"/>.
/// </summary>
public sealed class AcceptLoopTests
{
    private const int FailedConnections = 3;

    [Theory]
    [InlineData(false, "ConnectionSetUpFailed", LogLevel.Error)]
    [InlineData(true, "AcceptReset", LogLevel.Debug)]
    public async Task A_connection_whose_set_up_throws_is_closed_and_logged_and_the_server_serves_the_next_within_its_one_place(
        bool socketError, string eventName, LogLevel level)
    {
        var logger = new CapturingLogger();
        var failuresLeft = FailedConnections;
        var options = new ServerOptions
        {
            EndPoint = new IPEndPoint(IPAddress.Loopback, 0),
            Logger = logger,
            // One place only: a failed set-up that kept its place would leave the server refusing everyone after it.
            Limits = ServerLimits.Default with { MaxConcurrentConnections = 1 },
            ConnectionSetUpHook = _ =>
            {
                if (Interlocked.Decrement(ref failuresLeft) >= 0)
                {
                    throw socketError ? new SocketException((int)SocketError.ConnectionReset) : new InvalidOperationException("injected");
                }
            },
        };
        await using var server = new HttpServer<StreamingRouter>(options);
        server.Start();

        for (var i = 0; i < FailedConnections; i++)
        {
            await using var failed = await TestClient.ConnectAsync(server.LocalEndPoint);
            await failed.SendAsync("GET /?lost HTTP/1.1\r\nHost: a\r\n\r\n");
            Assert.Equal("", await failed.ReceiveToEndAsync());
        }

        await using var served = await TestClient.ConnectAsync(server.LocalEndPoint);
        await served.SendAsync("GET /?served HTTP/1.1\r\nHost: a\r\n\r\n");
        Assert.Equal(Wire.Ok("served"), Wire.MaskDate(await served.ReceiveResponsesAsync(1)));

        Assert.Equal(0, server.RefusedConnectionCount);
        var logged = logger.WithEvent(eventName);
        Assert.Equal(FailedConnections, logged.Count);
        Assert.All(logged, entry => Assert.Equal(level, entry.Level));
        Assert.Equal(FailedConnections, logger.ConnectionEntries.Count);
        await served.DisposeAsync();
        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 0));
    }
}

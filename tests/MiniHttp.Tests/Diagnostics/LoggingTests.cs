using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using MiniHttp.Tests.Server;

namespace MiniHttp.Tests.Diagnostics;

/// <summary>The server's own log: start and stop, and rejected requests at a bounded rate; nothing when disabled.</summary>
public sealed class LoggingTests
{
    private const string BadFraming = "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: x\r\n\r\n";

    private readonly struct OkRouter : IHttpRouter
    {
        public void Dispatch(scoped in HttpRequest request, HttpResponse response) => response.WritePlainText("ok"u8);
    }

    [Fact]
    public async Task Start_and_a_graceful_stop_are_logged_at_information_level()
    {
        var logger = new CapturingLogger();
        var server = Start(logger, TimeProvider.System);
        var endPoint = server.LocalEndPoint;

        await server.StopAsync(TimeSpan.FromSeconds(10));
        await server.DisposeAsync();

        Assert.Equal(
            [
                (8, "ServerStarted", $"Listening on {endPoint} (http)."),
                (9, "ServerStopping", $"Stopping {endPoint}: 0 connections open, graceful: True."),
                (10, "ServerStopped", $"Stopped {endPoint}: 0 connections aborted at the deadline."),
            ],
            logger.Entries.Select(entry => (entry.EventId.Id, entry.EventId.Name, entry.Message)));
        Assert.All(logger.Entries, entry => Assert.Equal(LogLevel.Information, entry.Level));
    }

    [Fact]
    public async Task A_stop_with_no_time_left_aborts_the_open_connections_and_says_how_many()
    {
        var logger = new CapturingLogger();
        var server = Start(logger, TimeProvider.System);
        var endPoint = server.LocalEndPoint;
        await using var client = await TestClient.ConnectAsync(endPoint);
        await client.SendAsync("GET / HTTP/1.1\r\nHost: a\r\n");
        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 1));

        await server.StopAsync();

        Assert.Equal(
            [$"Stopping {endPoint}: 1 connections open, graceful: False.", $"Stopped {endPoint}: 1 connections aborted at the deadline."],
            logger.Entries.Where(entry => entry.EventId.Id is 9 or 10).Select(entry => entry.Message));
    }

    [Fact]
    public async Task A_burst_of_a_thousand_rejections_logs_the_rate_limit_and_one_count_of_the_rest()
    {
        var logger = new CapturingLogger();
        var server = Start(logger, new FrozenTime());
        var rejected = await RejectAsync(server.LocalEndPoint, 1000);
        await server.StopAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1000, rejected);
        var logged = logger.WithEvent("RequestRejected");
        Assert.Equal(10, logged.Count);
        Assert.All(logged, entry => Assert.Equal(LogLevel.Debug, entry.Level));
        Assert.All(logged, entry => Assert.Matches(@"^Rejected a request from 127\.0\.0\.1:\d+ with 400: invalid_content_length\.$", entry.Message));
        var suppressed = Assert.Single(logger.WithEvent("RejectionsSuppressed"));
        Assert.Equal(new EventId(12, "RejectionsSuppressed"), suppressed.EventId);
        Assert.Equal("990 more rejected requests were not logged, past the limit of 10 a second.", suppressed.Message);
        // And the start, the stop, and nothing else.
        Assert.Equal(10 + 1 + 3, logger.Entries.Count);
    }

    [Fact]
    public async Task Nothing_is_logged_or_formatted_when_the_levels_are_disabled()
    {
        var logger = new DisabledLogger();
        var server = Start(logger, new FrozenTime());
        await using (var client = await TestClient.ConnectAsync(server.LocalEndPoint))
        {
            await client.SendAsync("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
            await client.ReceiveResponsesAsync(1);
        }

        Assert.Equal(50, await RejectAsync(server.LocalEndPoint, 50));
        await server.StopAsync();

        Assert.True(logger.EnabledChecks > 0);
        Assert.Equal(0, logger.LogCalls);
    }

    private static HttpServer<OkRouter> Start(ILogger logger, TimeProvider time)
    {
        var server = new HttpServer<OkRouter>(new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0), Logger = logger, TimeProvider = time });
        server.Start();
        return server;
    }

    /// <summary>Sends <paramref name="count"/> badly framed requests, each on its own connection, some at a time.</summary>
    /// <returns>How many were answered 400.</returns>
    private static async Task<int> RejectAsync(IPEndPoint endPoint, int count)
    {
        var answered = 0;
        const int AtOnce = 25;
        for (var sent = 0; sent < count; sent += AtOnce)
        {
            var batch = await Task.WhenAll(Enumerable.Range(0, Math.Min(AtOnce, count - sent)).Select(async _ =>
            {
                await using var client = await TestClient.ConnectAsync(endPoint);
                await client.SendAsync(BadFraming);
                return TestClient.Parse(await client.ReceiveToEndAsync()).Single().Status;
            }));
            answered += batch.Count(status => status == 400);
        }

        return answered;
    }

    /// <summary>A clock that never moves: every rejection of a test falls in one rate-limit window, however long it runs.</summary>
    private sealed class FrozenTime : TimeProvider
    {
        public override long GetTimestamp() => 0;
    }

    /// <summary>A logger with every level disabled, that counts what it is asked and would fail the test if it formatted.</summary>
    private sealed class DisabledLogger : ILogger
    {
        private int _enabledChecks;
        private int _logCalls;

        public int EnabledChecks => Volatile.Read(ref _enabledChecks);

        public int LogCalls => Volatile.Read(ref _logCalls);

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel)
        {
            Interlocked.Increment(ref _enabledChecks);
            return false;
        }

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Interlocked.Increment(ref _logCalls);
    }
}

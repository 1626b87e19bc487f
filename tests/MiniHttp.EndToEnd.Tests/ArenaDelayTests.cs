using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace MiniHttp.EndToEnd.Tests;

/// <summary>HttpArena's <c>async</c> profile: <c>GET /delay/{ms}</c> waits on a timer, then answers the number.</summary>
public sealed class ArenaDelayTests(ArenaServerFixture arena) : IClassFixture<ArenaServerFixture>, IDisposable
{
    private readonly HttpClient _client = new() { BaseAddress = arena.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(37)]
    public async Task A_delay_is_answered_with_its_number_as_plain_text(int ms)
    {
        using var response = await _client.GetAsync(Invariant($"/delay/{ms}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Invariant($"{ms}"), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Overlapping_requests_each_answer_their_own_delay()
    {
        // As HttpArena's validation sends them: 32 at once, 32 different delays, so nothing shared can pass for the request's own.
        var delays = Enumerable.Range(1, 32).Select(static i => 100 + i * 13 % 400).ToArray();

        var answers = await Task.WhenAll(delays.Select(ms => _client.GetStringAsync(Invariant($"/delay/{ms}"))));

        Assert.Equal(delays.Select(static ms => Invariant($"{ms}")), answers);
    }

    [Fact]
    public async Task A_delayed_answer_keeps_its_place_before_the_requests_pipelined_behind_it()
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync("GET /delay/50 HTTP/1.1\r\nHost: a\r\n\r\nGET /pipeline HTTP/1.1\r\nHost: a\r\n\r\n");

        Assert.Equal("50", (await client.ReadResponseAsync()).Body);
        Assert.Equal("ok", (await client.ReadResponseAsync()).Body);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(60_001)]
    [InlineData(int.MaxValue)]
    public async Task A_delay_out_of_range_is_a_bad_request_on_a_kept_connection(int ms)
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);

        await client.SendAsync(Invariant($"GET /delay/{ms} HTTP/1.1\r\nHost: a\r\n\r\nGET /delay/0 HTTP/1.1\r\nHost: a\r\n\r\n"));
        var refused = await client.ReadResponseAsync();
        var answered = await client.ReadResponseAsync();

        Assert.Equal(400, refused.StatusCode);
        Assert.Equal("Route value 'ms' must be a delay from 0 to 60000 milliseconds.", refused.Body);
        Assert.Equal("0", answered.Body);
    }

    [Fact]
    public async Task A_delay_that_is_not_a_number_matches_no_route()
    {
        using var response = await _client.GetAsync("/delay/soon");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_long_delay_holds_its_answer_and_a_client_that_leaves_cancels_it()
    {
        var log = new AbortedRequestLog();
        var server = new HttpServer<Generated.Router>(
            new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0), Logger = log },
            ArenaServerFixture.RouterWithoutDataset);
        server.Start();
        try
        {
            var client = await RawHttpClient.ConnectAsync(server.LocalEndPoint);
            await client.SendAsync("GET /delay/60000 HTTP/1.1\r\nHost: a\r\n\r\n");

            Assert.False(client.AnythingArrivesWithin(TimeSpan.FromMilliseconds(300)));
            await client.DisposeAsync();

            // Far sooner than the minute asked for: the timer went with the client.
            Assert.Equal(
                "The handler for GET /delay/60000 stopped: its client went away.",
                await log.Aborted.Task.WaitAsync(TimeSpan.FromSeconds(20)));
        }
        finally
        {
            await server.StopAsync();
        }
    }

    public void Dispose() => _client.Dispose();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Completes with the server's message for the first request it stopped because its client went away.</summary>
    private sealed class AbortedRequestLog : ILogger
    {
        public TaskCompletionSource<string> Aborted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Name == "RequestAborted")
            {
                Aborted.TrySetResult(formatter(state, exception));
            }
        }
    }
}

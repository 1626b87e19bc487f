using System;
using System.Threading;
using System.Threading.Tasks;
using MiniHttp.Tests.Streaming;

namespace MiniHttp.Tests.Server;

/// <summary>
/// The time limits, over real loopback sockets with limits of a second or so. Only what the client receives is asserted
/// (the exact bytes before the close, and the close itself), never how long it took: the client's own receive timeout
/// (ten seconds) is the only bound on time.
/// </summary>
public sealed class TimeoutTests
{
    private const string RequestTimeout =
        "HTTP/1.1 408 Request Timeout\r\nDate: *\r\nServer: MiniHttp\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n";

    private static readonly ServerLimits s_shortLimits = ServerLimits.Default with
    {
        KeepAliveTimeout = TimeSpan.FromSeconds(1),
        RequestHeadersTimeout = TimeSpan.FromSeconds(1),
        MinRequestBodyDataRate = 100,
        MinRequestBodyDataRateGracePeriod = TimeSpan.FromSeconds(1),
    };

    private static string HeadersTimedOut => RequestTimeout + "Content-Length: 44\r\n\r\nThe request headers took too long to arrive.";

    private static string BodyTimedOut => RequestTimeout + "Content-Length: 36\r\n\r\nThe request body arrived too slowly.";

    [Fact]
    public async Task A_client_that_never_finishes_its_headers_gets_408_and_is_closed()
    {
        await using var server = TestServer.Start<StreamingRouter>(limits: s_shortLimits);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync("GET /?a HTTP/1.1\r\nHost: a\r\n");

        Assert.Equal(HeadersTimedOut, Wire.MaskDate(await client.ReceiveToEndAsync()));
        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 0));
    }

    [Fact]
    public async Task A_client_that_trickles_its_headers_byte_by_byte_is_still_cut_off()
    {
        await using var server = TestServer.Start<StreamingRouter>(limits: s_shortLimits);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);
        using var stop = new CancellationTokenSource();

        var trickle = TrickleHeadersAsync(client, stop.Token);
        var received = await client.ReceiveToEndAsync();
        await stop.CancelAsync();
        await trickle;

        Assert.Equal(HeadersTimedOut, Wire.MaskDate(received));
    }

    [Fact]
    public async Task The_headers_timeout_starts_with_each_request_not_with_the_connection()
    {
        await using var server = TestServer.Start<StreamingRouter>(limits: s_shortLimits);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync("GET /?first HTTP/1.1\r\nHost: a\r\n\r\nGET /?second HTTP/1.1\r\n");

        Assert.Equal(Wire.Ok("first") + HeadersTimedOut, Wire.MaskDate(await client.ReceiveToEndAsync()));
    }

    [Fact]
    public async Task An_idle_keep_alive_connection_is_closed_without_a_response()
    {
        await using var server = TestServer.Start<StreamingRouter>(limits: s_shortLimits);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync("GET /?a HTTP/1.1\r\nHost: a\r\n\r\n");
        Assert.Equal(Wire.Ok("a"), Wire.MaskDate(await client.ReceiveResponsesAsync(1)));

        Assert.Equal("", await client.ReceiveToEndAsync());
        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 0));
    }

    [Fact]
    public async Task A_connection_that_never_sends_a_request_is_closed_after_the_keep_alive_timeout()
    {
        await using var server = TestServer.Start<StreamingRouter>(limits: s_shortLimits);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        Assert.Equal("", await client.ReceiveToEndAsync());
        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 0));
    }

    [Fact]
    public async Task A_buffered_body_that_stops_arriving_gets_408_and_is_closed()
    {
        await using var server = TestServer.Start<StreamingRouter>(limits: s_shortLimits);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync("POST /?a HTTP/1.1\r\nHost: a\r\nContent-Length: 1000\r\n\r\n0123456789");

        Assert.Equal(BodyTimedOut, Wire.MaskDate(await client.ReceiveToEndAsync()));
    }

    [Fact]
    public async Task A_streamed_body_that_stops_arriving_gets_408_and_is_closed()
    {
        await using var server = TestServer.Start<StreamingRouter>(limits: s_shortLimits);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync("POST /count HTTP/1.1\r\nHost: a\r\nContent-Length: 1000\r\n\r\n0123456789");

        Assert.Equal(BodyTimedOut, Wire.MaskDate(await client.ReceiveToEndAsync()));
        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 0));
    }

    [Fact]
    public async Task A_body_that_arrives_in_pieces_well_above_the_minimum_rate_is_answered()
    {
        await using var server = TestServer.Start<StreamingRouter>(limits: s_shortLimits);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        // 400 bytes a quarter of a second apart is about 1,600 bytes a second, sixteen times the minimum.
        await client.SendAsync("POST /count HTTP/1.1\r\nHost: a\r\nContent-Length: 2000\r\n\r\n");
        for (var i = 0; i < 5; i++)
        {
            await client.SendAsync(new string('x', 400));
            await Task.Delay(250);
        }

        Assert.Equal(Wire.Ok("2000"), Wire.MaskDate(await client.ReceiveResponsesAsync(1)));
    }

    [Fact]
    public void The_defaults_are_kestrels()
    {
        var limits = ServerLimits.Default;

        Assert.Equal(TimeSpan.FromSeconds(130), limits.KeepAliveTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), limits.RequestHeadersTimeout);
        Assert.Equal(240, limits.MinRequestBodyDataRate);
        Assert.Equal(TimeSpan.FromSeconds(5), limits.MinRequestBodyDataRateGracePeriod);
        Assert.Equal(TimeSpan.FromSeconds(10), limits.TlsHandshakeTimeout);
        Assert.Equal(64 * 1024, limits.MaxResponseBufferSize);
    }

    [Fact]
    public void A_limit_that_is_not_positive_is_refused_when_set()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ServerLimits.Default with { KeepAliveTimeout = TimeSpan.Zero });
        Assert.Throws<ArgumentOutOfRangeException>(() => ServerLimits.Default with { RequestHeadersTimeout = TimeSpan.FromSeconds(-1) });
        Assert.Throws<ArgumentOutOfRangeException>(() => ServerLimits.Default with { MinRequestBodyDataRate = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ServerLimits.Default with { MinRequestBodyDataRateGracePeriod = TimeSpan.Zero });
        Assert.Throws<ArgumentOutOfRangeException>(() => ServerLimits.Default with { TlsHandshakeTimeout = Timeout.InfiniteTimeSpan });
        Assert.Throws<ArgumentOutOfRangeException>(() => ServerLimits.Default with { MaxResponseBufferSize = 0 });
        Assert.Null((ServerLimits.Default with { MinRequestBodyDataRate = null }).MinRequestBodyDataRate);
    }

    /// <summary>Sends a request head a byte every 100 ms, without ever ending it, until the server closes or the test stops.</summary>
    private static async Task TrickleHeadersAsync(TestClient client, CancellationToken stop)
    {
        try
        {
            await client.SendAsync("GET /?a HTTP/1.1\r\n");
            while (!stop.IsCancellationRequested)
            {
                await client.SendAsync("X");
                await Task.Delay(100, stop);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or System.Net.Sockets.SocketException)
        {
        }
    }
}

using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MiniHttp.Tests.Diagnostics;
using MiniHttp.Tests.Server;

namespace MiniHttp.Tests.Resilience;

/// <summary>
/// <see cref="ServerLimits.MinResponseDataRate"/>: a client that does not take its responses is aborted once a send has
/// waited for it longer than the send's bytes allow. The limit's arithmetic is checked on <see cref="ConnectionTimeouts"/>
/// with explicit clock values; over loopback, only that the connection ends, and what was logged and counted.
/// </summary>
public sealed class ResponseDataRateTests
{
    private const int BigResponses = 8;

    // A client that does not read gets its sends blocked within a few hundred kilobytes, so each wait exceeds its
    // allowance (at most 17 KiB at 100,000 B/s, under 0.2 s) before the next heartbeat.
    private static readonly ServerLimits s_strictLimits = ServerLimits.Default with
    {
        MinResponseDataRate = 100_000,
        MinResponseDataRateGracePeriod = TimeSpan.FromMilliseconds(100),
    };

    private static readonly byte[] s_bigBody = Enumerable.Repeat((byte)'b', 1024 * 1024).ToArray();

    /// <summary>Answers every request with a mebibyte, so a few pipelined requests outgrow every socket buffer.</summary>
    private readonly struct BigResponseRouter : IHttpRouter
    {
        public void Dispatch(scoped in HttpRequest request, HttpResponse response) => response.WritePlainText(s_bigBody);
    }

    [Fact]
    public void A_send_may_take_the_grace_period_or_its_bytes_at_the_minimum_rate_whichever_is_longer()
    {
        var timeouts = new ConnectionTimeouts(ServerLimits.Default with { MinResponseDataRate = 1000, MinResponseDataRateGracePeriod = TimeSpan.FromSeconds(2) });

        // 100 bytes take 0.1 s at 1,000 B/s: the grace period, 2 s, is longer.
        var before = Environment.TickCount64;
        timeouts.ArmSend(100);
        var after = Environment.TickCount64;
        Assert.False(timeouts.TryExpireSend(before + 2000));
        Assert.True(timeouts.TryExpireSend(after + 2001));
        Assert.True(timeouts.SendExpired);

        // 10,000 bytes take 10 s.
        before = Environment.TickCount64;
        timeouts.ArmSend(10_000);
        after = Environment.TickCount64;
        Assert.False(timeouts.TryExpireSend(before + 10_000));
        Assert.True(timeouts.TryExpireSend(after + 10_001));
    }

    [Fact]
    public void A_send_that_ended_is_never_expired()
    {
        var timeouts = new ConnectionTimeouts(ServerLimits.Default);

        timeouts.ArmSend(1000);
        timeouts.DisarmSend();

        Assert.False(timeouts.TryExpireSend(long.MaxValue));
        Assert.False(timeouts.SendExpired);
    }

    [Fact]
    public void A_send_is_expired_once_only()
    {
        var timeouts = new ConnectionTimeouts(ServerLimits.Default);

        timeouts.ArmSend(1000);

        Assert.True(timeouts.TryExpireSend(long.MaxValue));
        Assert.False(timeouts.TryExpireSend(long.MaxValue));
    }

    [Fact]
    public void Sends_are_timed_by_default_and_not_without_a_minimum_rate()
    {
        Assert.True(new ConnectionTimeouts(ServerLimits.Default).TimesSends);
        Assert.False(new ConnectionTimeouts(ServerLimits.Default with { MinResponseDataRate = null }).TimesSends);
    }

    [Fact]
    public void The_defaults_are_kestrels_and_a_rate_or_grace_period_that_is_not_positive_is_refused()
    {
        Assert.Equal(240, ServerLimits.Default.MinResponseDataRate);
        Assert.Equal(TimeSpan.FromSeconds(5), ServerLimits.Default.MinResponseDataRateGracePeriod);
        Assert.Throws<ArgumentOutOfRangeException>(() => ServerLimits.Default with { MinResponseDataRate = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ServerLimits.Default with { MinResponseDataRate = double.NaN });
        Assert.Throws<ArgumentOutOfRangeException>(() => ServerLimits.Default with { MinResponseDataRateGracePeriod = TimeSpan.Zero });
    }

    [Fact]
    public async Task A_client_that_pipelines_requests_and_never_reads_the_responses_is_aborted_logged_and_counted()
    {
        var logger = new CapturingLogger();
        var port = 0;
        using var metrics = new MetricsCollector(scope: null, () => port);
        await using var server = TestServer.Start<BigResponseRouter>(logger, s_strictLimits);
        port = server.LocalEndPoint.Port;
        using var socket = await ConnectNotReadingAsync(server.LocalEndPoint);

        await socket.SendAsync(PipelinedRequests());

        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 0));
        Assert.InRange(await CountReceivedAsync(new NetworkStream(socket)), 0, (BigResponses * s_bigBody.Length) - 1);
        AssertAbortedOnce(logger, metrics);
    }

    [Fact]
    public async Task A_tls_client_that_never_reads_the_responses_is_aborted_logged_and_counted()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var certificate = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256).CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var logger = new CapturingLogger();
        var port = 0;
        using var metrics = new MetricsCollector(scope: null, () => port);
        var options = new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0), Limits = s_strictLimits, Logger = logger, Tls = new TlsOptions(certificate) };
        await using var server = new HttpServer<BigResponseRouter>(options);
        server.Start();
        port = server.LocalEndPoint.Port;
        using var socket = await ConnectNotReadingAsync(server.LocalEndPoint);
        var thumbprint = certificate.GetCertHashString();
        await using var tls = new SslStream(new NetworkStream(socket), leaveInnerStreamOpen: true, (_, presented, _, _) => presented?.GetCertHashString() == thumbprint);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = "localhost" }, timeout.Token);

        await tls.WriteAsync(PipelinedRequests(), timeout.Token);

        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 0));
        Assert.InRange(await CountReceivedAsync(tls), 0, (BigResponses * s_bigBody.Length) - 1);
        AssertAbortedOnce(logger, metrics);
    }

    private static void AssertAbortedOnce(CapturingLogger logger, MetricsCollector metrics)
    {
        Assert.Single(logger.WithEvent("ResponseDataRateNotMet"));
        // Logged as the stop it was, not once more as the reset or fault that ended the pending send.
        Assert.Empty(logger.WithEvent("ConnectionReset"));
        Assert.Empty(logger.WithEvent("ConnectionFailed"));
        var aborted = Assert.Single(metrics.Of("minihttp.aborted_connections"));
        Assert.Equal(1, aborted.Value);
        Assert.Equal("min_response_data_rate", aborted.Tag("error.type"));
        Assert.Equal("tcp", aborted.Tag("network.transport"));
    }

    private static byte[] PipelinedRequests() =>
        Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("GET / HTTP/1.1\r\nHost: a\r\n\r\n", BigResponses)));

    /// <summary>A client socket with a small receive buffer (which also stops the kernel from growing it), that never reads.</summary>
    private static async Task<Socket> ConnectNotReadingAsync(IPEndPoint endPoint)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(endPoint, timeout.Token);
        return socket;
    }

    /// <summary>Reads what the server sent before it aborted, until the end of the stream or the reset.</summary>
    private static async Task<long> CountReceivedAsync(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        var total = 0L;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            while (await stream.ReadAsync(buffer, timeout.Token) is var read and > 0)
            {
                total += read;
            }
        }
        catch (IOException)
        {
            // The reset, once the bytes that arrived before it are read (or dropped with it).
        }

        return total;
    }
}

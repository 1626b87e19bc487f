using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Arena;
using MiniHttp.Generated;

namespace MiniHttp.EndToEnd.Tests;

/// <summary>
/// Run alone: the report listens to every server of the process, as it does in the sample, so the servers of tests
/// running at the same time would add to its totals.
/// </summary>
[CollectionDefinition(nameof(MetricsReportTests), DisableParallelization = true)]
public sealed class MetricsReportRunsAlone;

/// <summary>The Arena's <c>--metrics</c> report: what the sample's servers recorded, on one line.</summary>
[Collection(nameof(MetricsReportTests))]
public sealed class MetricsReportTests
{
    [Fact]
    public async Task The_summary_totals_requests_rejections_and_connections()
    {
        using var report = new MetricsReport();
        await using var server = new HttpServer<Router>(new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) }, ArenaServerFixture.RouterWithoutDataset);
        server.Start();

        Assert.Equal(3, await ExchangeAsync(server.LocalEndPoint, "GET /pipeline HTTP/1.1\r\nHost: a\r\n\r\nGET /pipeline HTTP/1.1\r\nHost: a\r\n\r\nGET /pipeline HTTP/1.0\r\n\r\n"));
        Assert.Equal(1, await ExchangeAsync(server.LocalEndPoint, "GET /pipeline HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n"));
        Assert.True(await WaitUntilAsync(() => report.Summary().Contains(" connections 2 ", StringComparison.Ordinal)));

        Assert.Matches(
            @"^metrics requests 3 requests-seconds \d+\.\d{3} active-requests 0 rejected-requests 1 active-connections 0 connections 2 connections-seconds \d+\.\d{3} rejected-connections 0$",
            report.Summary());
    }

    /// <summary>Sends <paramref name="requests"/> on a connection of its own and reads until the server closes it.</summary>
    /// <returns>How many responses came back.</returns>
    private static async Task<int> ExchangeAsync(IPEndPoint endPoint, string requests)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(endPoint, timeout.Token);
        await socket.SendAsync(Encoding.ASCII.GetBytes(requests), SocketFlags.None, timeout.Token);
        var received = new StringBuilder();
        var buffer = new byte[4096];
        int count;
        while ((count = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token)) > 0)
        {
            received.Append(Encoding.ASCII.GetString(buffer, 0, count));
        }

        return received.ToString().Split("HTTP/1.1 ").Length - 1;
    }

    private static async Task<bool> WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        return condition();
    }
}

using System;
using System.Globalization;
using System.Text;
using System.Threading.Tasks;
using MiniHttp.Tests.Streaming;

namespace MiniHttp.Tests.Server;

/// <summary>
/// A client that pipelines requests and does not read the responses cannot make the server buffer them without bound:
/// past <see cref="ServerLimits.MaxResponseBufferSize"/> the connection sends before it answers more, and the send waits
/// for the client.
/// </summary>
public sealed class BackPressureTests
{
    private const int RequestCount = 2000;
    private const int MaxResponseBufferSize = 4096;

    [Fact]
    public async Task A_client_that_pipelines_without_reading_gets_every_response_in_order_and_the_server_output_stays_bounded()
    {
        await using var server = TestServer.Start<StreamingRouter>(limits: ServerLimits.Default with { MaxResponseBufferSize = MaxResponseBufferSize });
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        var requests = new StringBuilder();
        for (var i = 0; i < RequestCount; i++)
        {
            requests.Append(CultureInfo.InvariantCulture, $"GET /?{Query(i)} HTTP/1.1\r\nHost: a\r\n\r\n");
        }

        var sending = client.SendAsync(requests.ToString());
        // Nothing is read for a while: the server answers until its sends block, then stops reading.
        await Task.Delay(TimeSpan.FromSeconds(1));

        for (var i = 0; i < RequestCount; i += 100)
        {
            var received = Wire.MaskDate(await client.ReceiveResponsesAsync(100));
            var expected = new StringBuilder();
            for (var j = i; j < i + 100; j++)
            {
                expected.Append(Wire.Ok(Query(j)));
            }

            Assert.Equal(expected.ToString(), received);
        }

        await sending;
        await client.DisposeAsync();
        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 0));

        // Each response is about 1,150 bytes: the cap, plus at most the one response that crossed it.
        var largestResponse = Wire.Ok(Query(0)).Length + 64;
        Assert.InRange(server.PeakUnflushedResponseBytes, 1, MaxResponseBufferSize + largestResponse);
    }

    /// <summary>A query of about a kilobyte, unique to request <paramref name="index"/>, which the router echoes as the body.</summary>
    private static string Query(int index) => index.ToString("D5", CultureInfo.InvariantCulture) + new string('q', 1000);
}

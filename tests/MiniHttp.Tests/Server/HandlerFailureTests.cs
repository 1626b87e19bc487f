using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace MiniHttp.Tests.Server;

/// <summary>A handler that throws: a bare 500 on the wire, the exception in the log, and the connection goes on.</summary>
public sealed class HandlerFailureTests
{
    private readonly struct ThrowingRouter : IHttpRouter
    {
        public void Dispatch(scoped in HttpRequest request, HttpResponse response)
        {
            if (request.Path.SequenceEqual("/throw"u8))
            {
                throw new InvalidOperationException("secret detail");
            }

            response.WritePlainText("ok"u8);
        }
    }

    [Fact]
    public async Task The_exception_is_logged_with_the_request_and_only_a_500_reaches_the_wire()
    {
        var logger = new CapturingLogger();
        await using var server = TestServer.Start<ThrowingRouter>(logger);
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync("GET /ok HTTP/1.1\r\nHost: a\r\n\r\nPOST /throw?x=1 HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\nGET /ok HTTP/1.1\r\nHost: a\r\n\r\n");
        var received = await client.ReceiveResponsesAsync(3);

        Assert.Equal(Wire.Ok("ok") + Wire.InternalServerError + Wire.Ok("ok"), Wire.MaskDate(received));
        var entry = Assert.Single(logger.ConnectionEntries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Equal(new EventId(1, "HandlerFailed"), entry.EventId);
        Assert.Equal("The handler for POST /throw threw an exception.", entry.Message);
        Assert.Equal("secret detail", Assert.IsType<InvalidOperationException>(entry.Exception).Message);
    }

    [Fact]
    public async Task A_client_reset_is_logged_at_debug_level_at_most()
    {
        var logger = new CapturingLogger();
        await using var server = TestServer.Start<ThrowingRouter>(logger);
        var client = await TestClient.ConnectAsync(server.LocalEndPoint);
        await client.SendAsync("GET /ok HTTP/1.1\r\nHost: a\r\n\r\n");
        await client.ReceiveResponsesAsync(1);

        client.Reset();

        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 0));
        Assert.All(logger.ConnectionEntries, entry => Assert.Equal(LogLevel.Debug, entry.Level));
    }
}

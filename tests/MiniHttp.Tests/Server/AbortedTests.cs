using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp.Tests.Server;

/// <summary>
/// <see cref="HttpRequest.Aborted"/>: while a deferred response is pending the connection keeps reading, so a client that
/// leaves cancels the token; one that pipelines more requests meanwhile has them answered afterwards, in order.
/// </summary>
public sealed class AbortedTests
{
    private static readonly TaskCompletionSource s_waitEntered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private static readonly TaskCompletionSource s_waitObservedCancellation = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private static readonly TaskCompletionSource s_gateEntered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private static readonly TaskCompletionSource s_gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private static readonly TaskCompletionSource s_holdEntered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly struct WaitingRouter : IHttpRouter
    {
        public void Dispatch(scoped in HttpRequest request, HttpResponse response)
        {
            if (request.Path.SequenceEqual("/wait"u8))
            {
                response.Defer(WaitUntilAbortedAsync(response, request.Aborted));
            }
            else if (request.Path.SequenceEqual("/hold"u8))
            {
                response.Defer(HoldUntilAbortedAsync(request.Aborted));
            }
            else if (request.Path.SequenceEqual("/gate"u8))
            {
                response.Defer(WaitForGateAsync(response));
            }
            else
            {
                response.WritePlainText(Encoding.ASCII.GetString(request.Query));
            }
        }

        private static async ValueTask WaitUntilAbortedAsync(HttpResponse response, CancellationToken aborted)
        {
            s_waitEntered.SetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, aborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                s_waitObservedCancellation.SetResult();
                throw;
            }

            response.WritePlainText("never"u8);
        }

        private static async ValueTask HoldUntilAbortedAsync(CancellationToken aborted)
        {
            s_holdEntered.SetResult();
            await Task.Delay(Timeout.Infinite, aborted).ConfigureAwait(false);
        }

        private static async ValueTask WaitForGateAsync(HttpResponse response)
        {
            s_gateEntered.SetResult();
            await s_gate.Task.ConfigureAwait(false);
            response.WritePlainText("gate"u8);
        }
    }

    [Fact]
    public async Task A_client_that_closes_while_an_async_handler_waits_cancels_the_token_and_the_connection_is_released()
    {
        var logger = new CapturingLogger();
        await using var server = TestServer.Start<WaitingRouter>(logger);
        var client = await TestClient.ConnectAsync(server.LocalEndPoint);
        await client.SendAsync("GET /wait HTTP/1.1\r\nHost: a\r\n\r\n");
        await s_waitEntered.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await client.DisposeAsync();

        await s_waitObservedCancellation.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(await TestServer.WaitUntilAsync(() => server.ConnectionCount == 0), $"{server.ConnectionCount} connections are still open.");
        Assert.Empty(logger.WithEvent("HandlerFailed"));
        Assert.Single(logger.WithEvent("RequestAborted"));
    }

    [Fact]
    public async Task Requests_pipelined_while_a_response_is_deferred_are_answered_after_it_in_order()
    {
        await using var server = TestServer.Start<WaitingRouter>();
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);
        await client.SendAsync("GET /echo?1 HTTP/1.1\r\nHost: a\r\n\r\nGET /gate HTTP/1.1\r\nHost: a\r\n\r\n");
        await s_gateEntered.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await client.SendAsync("GET /echo?2 HTTP/1.1\r\nHost: a\r\n\r\nGET /echo?3 HTTP/1.1\r\nHo");
        await client.SendAsync("st: a\r\n\r\n");
        s_gate.SetResult();

        Assert.Equal(Wire.Ok("1") + Wire.Ok("gate") + Wire.Ok("2") + Wire.Ok("3"), Wire.MaskDate(await client.ReceiveResponsesAsync(4)));
    }

    [Fact]
    public async Task Stopping_the_server_cancels_the_token_of_a_pending_deferred_response()
    {
        var server = TestServer.Start<WaitingRouter>();
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);
        await client.SendAsync("GET /hold HTTP/1.1\r\nHost: a\r\n\r\n");
        await s_holdEntered.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await server.StopAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, server.ConnectionCount);
    }

    [Fact]
    public void Outside_a_server_the_token_can_never_be_canceled()
    {
        var request = new HttpRequest(RequestMethod.Get, "GET"u8, "/"u8, default, ProtocolVersion.Http11, default, default, keepAlive: true);

        Assert.False(request.Aborted.CanBeCanceled);
        Assert.Null(request.RemoteEndPoint);
    }
}

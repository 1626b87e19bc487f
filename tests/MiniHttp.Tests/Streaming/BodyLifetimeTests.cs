using System;
using System.IO;
using System.IO.Pipelines;
using System.Text;
using System.Threading.Tasks;
using MiniHttp.Tests.Server;

namespace MiniHttp.Tests.Streaming;

/// <summary>
/// A streamed body's reader and stream belong to their request: a handler that keeps them past it gets
/// <see cref="ObjectDisposedException"/>, never the bytes of the next request on the connection, which its own handler reads
/// whole.
/// </summary>
public sealed class BodyLifetimeTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);

    /// <summary>What the handlers kept and the gates between them and the test.</summary>
    private sealed class Stash
    {
        public Stream? Stream { get; set; }

        public PipeReader? Reader { get; set; }

        public TaskCompletionSource SecondStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource SecondMayRead { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>
    /// <c>/stash</c> keeps its request's body stream and reader and answers without reading; <c>/hold</c> defers, says it
    /// started, waits for the test, then reads its body whole and answers it.
    /// </summary>
    private readonly struct StashingRouter(Stash stash) : IHttpRouter
    {
        public static bool StreamsBody(RequestMethod method, ReadOnlySpan<byte> path) => true;

        public void Dispatch(scoped in HttpRequest request, HttpResponse response)
        {
            if (request.Path.SequenceEqual("/stash"u8))
            {
                stash.Stream = request.BodyStream;
                stash.Reader = request.BodyReader;
                response.WritePlainText("stashed"u8);
            }
            else
            {
                response.Defer(ReadWhenAllowedAsync(request.BodyStream, response));
            }
        }

        private async ValueTask ReadWhenAllowedAsync(Stream body, HttpResponse response)
        {
            stash.SecondStarted.SetResult();
            await stash.SecondMayRead.Task.ConfigureAwait(false);
            using var reader = new StreamReader(body, Encoding.ASCII);
            response.WritePlainText(Encoding.ASCII.GetBytes(await reader.ReadToEndAsync().ConfigureAwait(false)));
        }
    }

    [Theory]
    [InlineData("Content-Length: 5\r\n\r\nfirst", "Content-Length: 11\r\n\r\nsecond body")]
    [InlineData("Transfer-Encoding: chunked\r\n\r\n5\r\nfirst\r\n0\r\n\r\n", "Transfer-Encoding: chunked\r\n\r\n6\r\nsecond\r\n5\r\n body\r\n0\r\n\r\n")]
    public async Task A_body_kept_past_its_request_throws_and_the_next_request_reads_its_own_bytes(string firstBody, string secondBody)
    {
        var stash = new Stash();
        await using var server = TestServer.Start(new StashingRouter(stash));
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync($"POST /stash HTTP/1.1\r\nHost: a\r\n{firstBody}POST /hold HTTP/1.1\r\nHost: a\r\n{secondBody}");
        Assert.Equal(Wire.Ok("stashed"), Wire.MaskDate(await client.ReceiveResponsesAsync(1)));
        // The second request's body is the connection's now, held for its handler.
        await stash.SecondStarted.Task.WaitAsync(s_timeout);

        try
        {
            var buffer = new byte[64];
            await Assert.ThrowsAsync<ObjectDisposedException>(() => stash.Stream!.ReadAsync(buffer).AsTask());
            await Assert.ThrowsAsync<ObjectDisposedException>(() => stash.Stream!.CopyToAsync(Stream.Null));
            await Assert.ThrowsAsync<ObjectDisposedException>(() => stash.Reader!.ReadAsync().AsTask());
            Assert.Throws<ObjectDisposedException>(() => stash.Reader!.TryRead(out _));
            Assert.Throws<ObjectDisposedException>(() => stash.Reader!.CancelPendingRead());
        }
        finally
        {
            // Released whatever happened above: the server's stop waits for the second handler.
            stash.SecondMayRead.SetResult();
        }

        Assert.Equal(Wire.Ok("second body"), Wire.MaskDate(await client.ReceiveResponsesAsync(1)));
    }

    [Fact]
    public async Task Completing_or_disposing_a_kept_body_is_harmless()
    {
        var stash = new Stash();
        await using var server = TestServer.Start(new StashingRouter(stash));
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync("POST /stash HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nfirst");
        Assert.Equal(Wire.Ok("stashed"), Wire.MaskDate(await client.ReceiveResponsesAsync(1)));
        await stash.Stream!.DisposeAsync();
        await stash.Reader!.CompleteAsync();
        stash.SecondMayRead.SetResult();

        await client.SendAsync("POST /hold HTTP/1.1\r\nHost: a\r\nContent-Length: 6\r\n\r\nsecond");
        Assert.Equal(Wire.Ok("second"), Wire.MaskDate(await client.ReceiveResponsesAsync(1)));
    }
}

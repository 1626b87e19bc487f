using System;
using System.Threading;

namespace MiniHttp.Tests.Http;

/// <summary>
/// <see cref="ConnectionContext.Abort"/> runs on the thread that saw the client leave, a socket event thread with inline
/// completions: the token must read as canceled at once, but a callback registered on it (a database driver sending its
/// cancel request, synchronously) must not run there.
/// </summary>
public sealed class ConnectionContextAbortTests
{
    [Fact]
    public void Abort_cancels_the_token_at_once_and_runs_its_callbacks_on_another_thread()
    {
        var context = new ConnectionContext(remoteEndPoint: null);
        using var callbackEntered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var callbackThread = Environment.CurrentManagedThreadId;
        using var registration = context.Aborted.Register(() =>
        {
            callbackThread = Environment.CurrentManagedThreadId;
            callbackEntered.Set();
            release.Wait(TimeSpan.FromSeconds(30));
        });

        // Returns while the callback still blocks: it did not run here.
        context.Abort();
        var canceledOnReturn = context.Aborted.IsCancellationRequested;
        var callbackDoneOnReturn = release.IsSet;

        Assert.True(callbackEntered.Wait(TimeSpan.FromSeconds(10)));
        release.Set();
        Assert.True(canceledOnReturn);
        Assert.True(context.IsAborted);
        Assert.False(callbackDoneOnReturn);
        Assert.NotEqual(Environment.CurrentManagedThreadId, callbackThread);
    }
}

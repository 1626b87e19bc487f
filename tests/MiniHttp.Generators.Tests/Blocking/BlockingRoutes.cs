using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using MiniHttp.Generators.Tests.Compression;

namespace MiniHttp.Generators.Tests.Blocking;

/// <summary><c>[Blocking]</c> handlers of each shape, compiled into this project's router by the generator.</summary>
public static class BlockingRoutes
{
    [Get("/blocking/thread")]
    [Blocking]
    public static bool OnThreadPool() => Thread.CurrentThread.IsThreadPoolThread;

    [Get("/blocking/sum")]
    [Blocking]
    public static int Sum(int a, int b) => a + b;

    [Post("/blocking/nothing")]
    [Blocking]
    public static void Nothing(int a) => Thread.Sleep(a);

    [Post("/blocking/later")]
    [Blocking]
    public static async Task<string> Later([FromBody] string text)
    {
        await Task.Yield();
        return "later " + text;
    }

    /// <summary>Reads its body by blocking on each read, as a synchronous reader of a stream does.</summary>
    [Post("/blocking/upload")]
    [Blocking]
    public static long Upload(Stream body, CancellationToken aborted)
    {
        var buffer = new byte[4096];
        var total = 0L;
        for (int read; (read = body.ReadAsync(buffer, aborted).AsTask().GetAwaiter().GetResult()) > 0;)
        {
            total += read;
        }

        return total;
    }

    [Get("/blocking/text")]
    [Blocking]
    [Compress]
    public static string Text() => CompressRoutes.Text;

    [Get("/blocking/fails")]
    [Blocking]
    public static int Fails() => throw new InvalidOperationException("The blocking handler failed.");

    /// <summary>Blocks at <see cref="BlockingGate"/> until a test opens it (or ten seconds pass), and says which.</summary>
    [Post("/blocking/gate")]
    [Blocking]
    public static string WaitAtGate()
    {
        BlockingGate.Entered.Set();
        return BlockingGate.Open.Wait(TimeSpan.FromSeconds(10)) ? "opened" : "timed out";
    }
}

/// <summary>Where <see cref="BlockingRoutes.WaitAtGate"/> blocks, for the one test that drives it.</summary>
public static class BlockingGate
{
    public static readonly ManualResetEventSlim Entered = new();

    public static readonly ManualResetEventSlim Open = new();
}

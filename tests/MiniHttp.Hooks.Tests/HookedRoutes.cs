using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp.Hooks.Tests;

/// <summary>The routes behind the hooks: plain, protected, asynchronous, blocking and failing handlers.</summary>
public static class HookedRoutes
{
    private static readonly TaskCompletionSource<string> s_pendingAnswer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private static readonly ConcurrentDictionary<string, AnswerGate> s_gates = new();
    private static int s_ordersPlaced;

    /// <summary>How many times <see cref="PlaceOrder"/> ran: a handler with an effect that must not happen twice.</summary>
    public static int OrdersPlaced => Volatile.Read(ref s_ordersPlaced);

    [Get("/hello")]
    public static string Hello() => "hello";

    [Post("/echo")]
    public static string Echo([FromBody] string text) => text;

    [Get("/admin/stats")]
    public static int AdminStats() => 42;

    /// <summary>Answers only after the test completes it, so its response is certainly deferred.</summary>
    [Get("/later")]
    public static Task<string> Later() => s_pendingAnswer.Task;

    [Post("/orders")]
    public static int PlaceOrder() => Interlocked.Increment(ref s_ordersPlaced);

    /// <summary>Answers when the test opens the gate named <paramref name="id"/>, so its response is certainly deferred.</summary>
    [Get("/gated/{id}")]
    public static Task<string> Gated(string id)
    {
        var gate = Gate(id);
        gate.Called.Set();
        return gate.Answer.Task;
    }

    [Get("/export")]
    public static StreamedResult Export() => HttpResult.Stream(200, static async (body, cancellationToken) =>
    {
        await Task.Yield();
        await body.WriteAsync("chunk"u8.ToArray(), cancellationToken);
    });

    /// <summary>May block: runs on the thread pool, its response deferred, so the access log sees it after it is written.</summary>
    [Get("/blocking")]
    [Blocking]
    public static string Blocking() => "blocked a while";

    [Get("/boom")]
    public static string Boom() => throw new InvalidOperationException("The handler failed.");

    public static void AnswerLater(string text) => s_pendingAnswer.SetResult(text);

    public static AnswerGate Gate(string id) => s_gates.GetOrAdd(id, static _ => new AnswerGate());
}

/// <summary>What <see cref="HookedRoutes.Gated"/> waits on: set when its handler was called, then answered by the test.</summary>
public sealed class AnswerGate
{
    public ManualResetEventSlim Called { get; } = new();

    public TaskCompletionSource<string> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

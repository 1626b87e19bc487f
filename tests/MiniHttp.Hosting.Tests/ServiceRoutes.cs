using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace MiniHttp.Hosting.Tests;

/// <summary>A singleton the routes class's constructor and the handlers take.</summary>
public sealed class Greeter(string greeting = "hello")
{
    public string Greet(string name) => $"{greeting} {name}";
}

/// <summary>
/// A scoped service that counts how many were made and disposed, synchronously or not, so the tests can tell one scope
/// per request that takes it from none for the requests that do not.
/// </summary>
public sealed class RequestLedger : IAsyncDisposable
{
    private static int s_created;
    private static int s_disposed;

    public RequestLedger() => Interlocked.Increment(ref s_created);

    public static int Created => Volatile.Read(ref s_created);

    public static int Disposed => Volatile.Read(ref s_disposed);

    public int Id { get; } = Created;

    public async ValueTask DisposeAsync()
    {
        await Task.Yield();
        Interlocked.Increment(ref s_disposed);
    }
}

/// <summary>Where a test holds a handler until it has done what it checks meanwhile (a stop, say).</summary>
public sealed class Gate
{
    public TaskCompletionSource Entered { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Reset()
    {
        Entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>Created by the router from services: its constructor takes the singleton.</summary>
public sealed class ServiceRoutes(Greeter greeter)
{
    [Get("/hello")]
    public string Hello(string name) => greeter.Greet(name);

    // A singleton only: no scope, nothing per request.
    [Get("/singleton")]
    public string Singleton([FromServices] Greeter other) => ReferenceEquals(other, greeter) ? "same" : "different";

    // A scoped service, answered synchronously.
    [Get("/scoped")]
    public static int Scoped([FromServices(ServiceLifetime.Scoped)] RequestLedger ledger) => ledger.Id;

    // A scoped service whose response is deferred: the scope outlives Dispatch, until the response is written.
    [Get("/scoped/async")]
    public static async Task<int> ScopedAsync([FromServices(ServiceLifetime.Scoped)] RequestLedger ledger, [FromServices] Gate gate)
    {
        gate.Entered.TrySetResult();
        await gate.Release.Task.ConfigureAwait(false);
        return ledger.Id;
    }

    // A handler that throws: its scope is disposed all the same.
    [Get("/scoped/throws")]
    public static int ScopedThrows([FromServices(ServiceLifetime.Scoped)] RequestLedger ledger) => throw new InvalidOperationException($"ledger {ledger.Id}");

    // Held until released, or until its connection is aborted: a request in flight while the host stops.
    [Get("/slow")]
    public static async Task<string> Slow([FromServices] Gate gate, CancellationToken aborted)
    {
        gate.Entered.TrySetResult();
        await gate.Release.Task.WaitAsync(aborted).ConfigureAwait(false);
        return "done";
    }

    [Post("/upload")]
    public static int Upload([FromBody] byte[] body) => body.Length;
}

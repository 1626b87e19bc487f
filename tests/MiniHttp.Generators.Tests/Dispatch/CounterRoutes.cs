using System.Threading;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>An instance routes class: its handlers share a counter that starts where the application says.</summary>
public sealed class CounterRoutes(int start)
{
    private int _count = start;

    public CounterRoutes()
        : this(0)
    {
    }

    [Get("/counter")]
    public int Current() => Volatile.Read(ref _count);

    [Post("/counter")]
    public int Add(int by = 1) => Interlocked.Add(ref _count, by);

    /// <summary>An instance handler that may block, called on the instance from the thread pool.</summary>
    [Post("/counter/blocking")]
    [Blocking]
    public int AddBlocking(int by) => Interlocked.Add(ref _count, by);

    /// <summary>A static handler in a routes class, called without its instance.</summary>
    [Get("/counter/limit")]
    public static int Limit() => int.MaxValue;
}

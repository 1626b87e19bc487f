using System.Threading;

namespace MiniHttp.Benchmarks.ConnectionAllocations;

/// <summary>HttpArena's baseline route, which its limited-conn profile requests ten times per connection.</summary>
public static class BaselineRoutes
{
    private static long s_answered;

    /// <summary>How many requests the route has answered: what the allocations are divided by.</summary>
    public static long Answered => Interlocked.Read(ref s_answered);

    [Get("/baseline11")]
    public static int Sum(int a, int b)
    {
        Interlocked.Increment(ref s_answered);
        return a + b;
    }
}

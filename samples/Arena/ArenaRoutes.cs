using System;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;
using MiniHttp;

namespace Arena;

/// <summary>The endpoints of HttpArena's engine profiles: baseline, pipelined, limited-conn and upload.</summary>
public static class ArenaRoutes
{
    [Get("/baseline11")]
    public static int Sum(int a, int b) => a + b;

    [Post("/baseline11")]
    public static int SumWithBody(int a, int b, [FromBody] int body) => a + b + body;

    [Get("/pipeline")]
    public static ReadOnlySpan<byte> Pipeline() => "ok"u8;

    /// <summary>
    /// Answers how many body bytes arrived: they are read as they come, never held whole, and never taken from
    /// Content-Length.
    /// </summary>
    [Post("/upload")]
    public static async ValueTask<long> Upload(PipeReader body, CancellationToken aborted)
    {
        long total = 0;
        while (true)
        {
            var read = await body.ReadAsync(aborted).ConfigureAwait(false);
            total += read.Buffer.Length;
            body.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted)
            {
                return total;
            }
        }
    }
}

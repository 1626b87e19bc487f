using System;
using MiniHttp;

namespace Arena;

/// <summary>
/// The endpoints of HttpArena's connection profiles: baseline, pipelined and limited-conn, and the fixed-rate
/// latency-1m and latency-10k, which drive <c>GET /baseline11</c>.
/// </summary>
public static class ArenaRoutes
{
    [Get("/baseline11")]
    public static int Sum(int a, int b) => a + b;

    [Post("/baseline11")]
    public static int SumWithBody(int a, int b, [FromBody] int body) => a + b + body;

    [Get("/pipeline")]
    public static ReadOnlySpan<byte> Pipeline() => "ok"u8;
}

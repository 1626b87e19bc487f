using System;

namespace MiniHttp.Benchmarks.Micro;

/// <summary>The Arena sample's baseline and pipelined endpoints, compiled into this benchmark's own router.</summary>
public static class ArenaRoutes
{
    [Get("/baseline11")]
    public static int Sum(int a, int b) => a + b;

    [Post("/baseline11")]
    public static int SumWithBody(int a, int b, [FromBody] int body) => a + b + body;

    [Get("/pipeline")]
    public static ReadOnlySpan<byte> Pipeline() => "ok"u8;
}

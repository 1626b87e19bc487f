using System;
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

    /// <summary>Answers how many body bytes arrived: the bytes are read, never taken from Content-Length.</summary>
    [Post("/upload")]
    public static int Upload([FromBody] ReadOnlySpan<byte> body) => body.Length;
}

using System;

namespace MiniHttp.Generators.Tests.BufferedBody;

/// <summary>Handlers with their own buffered body limits, compiled into this project's router by the generator.</summary>
public static class BufferedBodyRoutes
{
    /// <summary>Above the server's default, 1 MiB.</summary>
    public const int Large = 2 * 1024 * 1024;

    /// <summary>Below it.</summary>
    public const int Small = 16;

    [Post("/buffered/large")]
    [MaxBufferedRequestBodySize(Large)]
    public static int TakeLarge([FromBody] byte[] body) => body.Length;

    [Post("/buffered/small")]
    [MaxBufferedRequestBodySize(Small)]
    public static int TakeSmall([FromBody] ReadOnlySpan<byte> body) => body.Length;

    [Put("/buffered/small")]
    public static int TakeDefault([FromBody] ReadOnlySpan<byte> body) => body.Length;

    [Post("/buffered/{name}")]
    [MaxBufferedRequestBodySize(Small)]
    public static string TakeNamed(string name, [FromBody] string body) => name + ":" + body.Length;
}

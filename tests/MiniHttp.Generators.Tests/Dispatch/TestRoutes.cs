using System;
using System.Linq;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>
/// Handlers compiled by the generator running as this project's analyzer: they make up the project's own
/// <c>MiniHttp.Generated.Router</c>, which the dispatch tests call.
/// </summary>
public static class TestRoutes
{
    [Get("/baseline11")]
    public static int Sum(int a, int b) => a + b;

    [Post("/baseline11")]
    public static int SumWithBody(int a, int b, [FromBody] int body) => a + b + body;

    [Get("/pipeline")]
    public static ReadOnlySpan<byte> Pipeline() => "ok"u8;

    [Get("/long")]
    public static long Negate(long value) => -value;

    [Get("/greet")]
    public static string Greet(string name) => $"Hello, {name}!";

    [Get("/nothing")]
    public static string? Nothing() => null;

    [Get("/bytes")]
    public static byte[] Bytes() => [0x41, 0x42];

    [Get("/no-bytes")]
    public static byte[]? NoBytes() => null;

    [Post("/echo")]
    public static string Echo([FromBody] string text) => text;

    [Post("/length")]
    public static int Length([FromBody] ReadOnlySpan<byte> body) => body.Length;

    [Post("/reverse")]
    public static byte[] Reverse([FromBody] byte[] body) => body.Reverse().ToArray();

    [Post("/long")]
    public static long Add(long value, [FromBody] long body) => value + body;

    [Get("/first")]
    [Get("/second")]
    public static int Either() => 1;

    [Put("/items")]
    public static string PutItem(string name) => "put " + name;

    [Delete("/items")]
    public static int DeleteItem(int id) => id;

    [Patch("/items")]
    public static string PatchItem([FromBody] string text) => "patched " + text;

    [Route("PURGE", "/items")]
    public static string Purge() => "purged";

    [Route("GET", "/via-route")]
    public static string ViaRoute() => "route";

    [Get("/explicit")]
    public static string ExplicitGet() => "get";

    [Route("HEAD", "/explicit")]
    public static string ExplicitHead() => "head";

    [Route("OPTIONS", "/explicit")]
    public static string ExplicitOptions() => "options";
}

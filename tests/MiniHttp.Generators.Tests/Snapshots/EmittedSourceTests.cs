using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Snapshots;

/// <summary>The exact source the generator emits, compared with the committed snapshots beside this file.</summary>
public sealed class EmittedSourceTests
{
    private const string ArenaRoutes = """
        using System;
        using MiniHttp;

        public static class Arena
        {
            [Get("/baseline11")]  public static int Sum(int a, int b) => a + b;
            [Post("/baseline11")] public static int SumWithBody(int a, int b, [FromBody] int body) => a + b + body;
            [Get("/pipeline")]    public static ReadOnlySpan<byte> Pipeline() => "ok"u8;
        }
        """;

    private const string MoreRoutes = """
        using System;
        using MiniHttp;

        namespace Shop.Api;

        internal static class Catalog
        {
            // Two paths of the same length, and one path answering two methods.
            [Get("/items")]
            public static string Item(string name, long id) => name + id;

            [Post("/items")]
            public static long Store(string name, [FromBody] byte[] picture) => picture.Length;

            [Get("/price")]
            public static long Price(long id) => id * 100;

            // One handler, two paths; a string body; a nullable string result.
            [Post("/notes")]
            [Post("/notes/v1")]
            public static string? Note([FromBody] string text) => text.Length == 0 ? null : text;

            [Get("/")]
            public static byte[] Root() => [];

            [Post("/echo")]
            public static ReadOnlySpan<byte> Echo([FromBody] ReadOnlySpan<byte> body) => body;
        }
        """;

    [Fact]
    public void Arena_routes()
    {
        var run = GeneratorHarness.Run(ArenaRoutes);

        Assert.Empty(run.Diagnostics);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void More_routes()
    {
        var run = GeneratorHarness.Run(MoreRoutes);

        Assert.Empty(run.Diagnostics);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void No_routes()
    {
        var run = GeneratorHarness.Run("public static class Empty;");

        Snapshot.Match(run.GeneratedSource);
    }

    [Theory]
    [InlineData(ArenaRoutes)]
    [InlineData(MoreRoutes)]
    [InlineData("public static class Empty;")]
    [InlineData("""
        using System;
        using MiniHttp;

        public static class Awkward
        {
            // Names that are keywords, or the binder's own parameter names, or look like its locals.
            [Get("/event")]
            public static int @event(int @class, string request, long response, int arg_class) => 1;

            // Obsolete handlers warn their callers, not the generated router.
            [Obsolete, Get("/old")]
            public static int Old() => 1;

            // Paths that differ only in characters a binder name cannot hold.
            [Get("/a-b")] public static int Dash() => 1;
            [Get("/a.b")] public static int Dot() => 2;
            [Get("/a_b")] public static int Underscore() => 3;
        }
        """)]
    public void The_generated_source_compiles_without_errors_or_warnings(string handlers)
    {
        var run = GeneratorHarness.Run(handlers);

        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void The_generated_source_is_the_same_whatever_order_the_files_come_in()
    {
        const string Second = """
            using MiniHttp;

            public static class Second
            {
                [Get("/b")] public static int B() => 2;
                [Get("/a")] public static int A() => 1;
            }
            """;

        Assert.Equal(
            GeneratorHarness.Run(ArenaRoutes, Second).GeneratedSource,
            GeneratorHarness.Run(Second, ArenaRoutes).GeneratedSource);
    }
}

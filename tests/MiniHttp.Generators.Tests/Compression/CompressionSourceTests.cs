using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Compression;

/// <summary>
/// The source emitted for routes that compress: one call that reads Accept-Encoding first in their binders, and
/// nothing at all in the binders of routes that do not.
/// </summary>
public sealed class CompressionSourceTests
{
    private const string AssemblyWide = """
        using System.Threading.Tasks;
        using MiniHttp;

        [assembly: Compress]

        public static class Pages
        {
            [Get("/inherits")] public static string Inherits() => "a";
            [Get("/own-size")] [Compress(MinimumSize = 256)] public static string OwnSize(int page) => "b";
            [Post("/opts-out")] [Compress(false)] public static int OptsOut([FromBody] int value) => value;
            [Get("/later")] public static Task<string> Later() => Task.FromResult("c");
        }
        """;

    [Fact]
    public void Assembly_wide_compression_an_own_size_and_an_opt_out()
    {
        var run = GeneratorHarness.Run(AssemblyWide);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Snapshot.Match(run.GeneratedSource);
    }

    [Theory]
    [InlineData("[Get(\"/x\")] public static string Page() => \"a\";")]
    [InlineData("[Get(\"/x\")] [Compress(false)] public static string Page() => \"a\";")]
    public void A_route_that_does_not_compress_never_reads_accept_encoding(string handler)
    {
        var run = GeneratorHarness.Run("using MiniHttp;\npublic static class Pages { " + handler + " }");

        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain("EnableCompression", run.GeneratedSource, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_handlers_own_compress_needs_no_assembly_attribute()
    {
        var run = GeneratorHarness.Run("using MiniHttp;\npublic static class Pages { [Get(\"/x\")] [Compress] public static string Page() => \"a\"; [Get(\"/y\")] public static string Other() => \"b\"; }");

        Assert.Empty(run.Diagnostics);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(run.GeneratedSource, @"response\.EnableCompression\(in request\);"));
    }

    [Fact]
    public void MH0022_a_negative_minimum_size_is_refused()
    {
        const string source = """
            using MiniHttp;

            public static class Pages
            {
                [Get("/x")]
                [Compress(MinimumSize = -1)]
                public static string Page() => "a";
            }
            """;

        Diagnostics.DiagnosticAssert.Single(
            source,
            "MH0022",
            line: 6,
            located: "Compress(MinimumSize = -1)",
            "[Compress(MinimumSize = -1)] on handler 'Pages.Page' is negative: give the smallest body to compress in bytes, 0 or more, or leave MinimumSize out for the server's CompressionOptions.MinimumSize");
    }
}

using MiniHttp.Generators.Tests.Diagnostics;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.BufferedBody;

/// <summary>
/// The source emitted for routes with <c>[MaxBufferedRequestBodySize]</c>: one router method that gives each its limit,
/// matched as <c>Dispatch</c> matches, and nothing at all in a router without such a route.
/// </summary>
public sealed class BufferedBodySourceTests
{
    private const string Limits = """
        using System.IO;
        using System.Threading.Tasks;
        using MiniHttp;

        public static class Uploads
        {
            [Post("/import")] [MaxBufferedRequestBodySize(8 * 1024 * 1024)] public static int Import([FromBody] byte[] data) => data.Length;
            [Put("/import")] [MaxBufferedRequestBodySize(8 * 1024 * 1024)] public static int Replace([FromBody] byte[] data) => data.Length;
            [Get("/import")] public static string Status() => "idle";
            [Post("/notes/{id:int}")] [MaxBufferedRequestBodySize(4096)] public static int Note(int id, [FromBody] string text) => id;
            [Post("/notes/all")] public static int NoteAll([FromBody] string text) => 0;
            [Post("/stream")] public static Task<int> Stream(Stream body) => Task.FromResult(0);

            // Two methods routing knows only as Other: the larger of their limits, the server's standing for none.
            [Route("PURGE", "/cache")] [MaxBufferedRequestBodySize(64)] public static int Purge([FromBody] string keys) => 0;
            [Route("REFRESH", "/cache")] public static int Refresh([FromBody] string keys) => 0;
        }
        """;

    [Fact]
    public void Own_limits_on_literal_paths_templates_and_other_methods()
    {
        var run = GeneratorHarness.Run(Limits);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void A_router_without_own_limits_leaves_the_servers_to_the_interface()
    {
        var run = GeneratorHarness.Run("using MiniHttp;\npublic static class Uploads { [Post(\"/x\")] public static int Take([FromBody] byte[] data) => data.Length; }");

        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain("MaxBufferedRequestBodySize", run.GeneratedSource, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void MH0024_a_limit_must_be_positive(string limit)
    {
        var source = $$"""
            using MiniHttp;

            public static class Uploads
            {
                [Post("/x")]
                [MaxBufferedRequestBodySize({{limit}})]
                public static int Take([FromBody] byte[] data) => data.Length;
            }
            """;

        DiagnosticAssert.Single(
            source,
            "MH0024",
            line: 6,
            located: $"MaxBufferedRequestBodySize({limit})",
            $"[MaxBufferedRequestBodySize({limit})] on handler 'Uploads.Take' is not positive: give the largest body to read whole in bytes, 1 or more, or leave the attribute out for the server's ServerLimits.MaxBufferedRequestBodySize");
    }

    [Theory]
    [InlineData("System.IO.Stream")]
    [InlineData("System.IO.Pipelines.PipeReader")]
    public void MH0025_a_handler_that_streams_its_body_has_no_buffered_limit(string bodyType)
    {
        var source = $$"""
            using MiniHttp;

            public static class Uploads
            {
                [Post("/x")]
                [MaxBufferedRequestBodySize(1024)]
                public static int Take({{bodyType}} upload) => 0;
            }
            """;

        DiagnosticAssert.Single(
            source,
            "MH0025",
            line: 6,
            located: "MaxBufferedRequestBodySize(1024)",
            "[MaxBufferedRequestBodySize] on handler 'Uploads.Take' has no effect: the handler reads its body as it arrives through 'upload', so the body is never buffered and is held to ServerLimits.MaxRequestBodySize; remove the attribute");
    }
}

using System.Text.RegularExpressions;
using MiniHttp.Generators.Tests.Diagnostics;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Blocking;

/// <summary>
/// The source emitted for <c>[Blocking]</c> handlers: arguments bound as ever, then the call and the writing of its result
/// deferred to the thread pool; and nothing different for the handlers that are not marked.
/// </summary>
public sealed class BlockingSourceTests
{
    private const string BlockingRoutes = """
        using System;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using MiniHttp;

        public static class Reports
        {
            // Sync, answering HEAD too, and compressed.
            [Get("/report")] [Blocking] [Compress] public static string Report(int year) => "report " + year;

            // Void, async with a result, async without, a streamed result.
            [Delete("/report")] [Blocking] public static void Remove(int year) => Thread.Sleep(1);
            [Post("/report")] [Blocking] public static async Task<int> Store([FromBody] string text, CancellationToken aborted) { await Task.Delay(1, aborted); return text.Length; }
            [Put("/report")] [Blocking] public static ValueTask Touch(int year) => ValueTask.CompletedTask;
            [Get("/export")] [Blocking] public static StreamedResult Export() => HttpResult.Stream(200, static (body, token) => ValueTask.CompletedTask);

            // A body read as it arrives, synchronously.
            [Post("/upload")] [Blocking] public static long Upload(Stream body) { var total = 0L; var buffer = new byte[4096]; for (int read; (read = body.Read(buffer)) > 0;) total += read; return total; }

            // Not marked: exactly as ever.
            [Get("/fast")] public static int Fast(int a) => a;
        }

        [Blocking]
        public sealed class Ledger
        {
            [Get("/balance/{account}")] public decimal Balance(string account) => 0m;
            [Get("/ping")] [Blocking(false)] public string Ping() => "pong";
        }
        """;

    [Fact]
    public void Blocking_handlers_of_each_shape_and_a_blocking_class()
    {
        var run = GeneratorHarness.Run(BlockingRoutes);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void The_assembly_attribute_marks_every_handler_but_those_that_opt_out()
    {
        var run = GeneratorHarness.Run("""
            using MiniHttp;

            [assembly: Blocking]

            public static class Pages
            {
                [Get("/a")] public static string A() => "a";
                [Get("/b")] public static string B() => "b";
                [Get("/c")] [Blocking(false)] public static string C() => "c";
            }
            """);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal(2, Regex.Count(run.GeneratedSource, @"BlockingWork\.Run\("));
    }

    [Fact]
    public void A_router_without_blocking_handlers_never_names_the_thread_pool()
    {
        var run = GeneratorHarness.Run("using MiniHttp;\npublic static class Pages { [Get(\"/x\")] public static string Page() => \"a\"; }");

        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain("BlockingWork", run.GeneratedSource, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[FromBody] ReadOnlySpan<byte> body", "body", "ReadOnlySpan<byte>", "take byte[] or string instead")]
    [InlineData("[FromHeader(\"X-Key\")] ReadOnlySpan<byte> key", "key", "ReadOnlySpan<byte>", "take byte[] or string instead")]
    [InlineData("HttpRequest request", "request", "HttpRequest", "take the values the handler needs as parameters instead")]
    public void MH0026_a_blocking_handler_cannot_take_the_requests_bytes(string parameter, string name, string type, string change)
    {
        var source = $$"""
            using System;
            using MiniHttp;

            public static class Pages
            {
                [Post("/x")]
                [Blocking]
                public static int Take({{parameter}}) => 0;
            }
            """;

        DiagnosticAssert.Single(
            source,
            "MH0026",
            line: 8,
            located: name,
            $"Parameter '{name}' of handler 'Pages.Take' is a {type}, which points into the connection's receive buffer, and a [Blocking] handler runs on the thread pool after that buffer has moved on: {change}");
    }
}

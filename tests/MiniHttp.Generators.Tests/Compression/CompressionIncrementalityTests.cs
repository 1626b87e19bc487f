using System;
using Microsoft.CodeAnalysis;
using MiniHttp.Generators.Tests.Incrementality;

namespace MiniHttp.Generators.Tests.Compression;

/// <summary>
/// <c>[assembly: Compress]</c> may be in any file: adding it there regenerates the router with compression in every
/// binder, and an unrelated edit leaves the compressed routes cached.
/// </summary>
public sealed class CompressionIncrementalityTests
{
    private const string Handlers = """
        using MiniHttp;

        public static class Pages
        {
            [Get("/a")] public static string A() => "a";
            [Get("/b")] [Compress(false)] public static string B() => "b";
        }
        """;

    private const string Unrelated = "public static class Helpers { public static int One() => 1; }";

    [Fact]
    public void Adding_the_assembly_attribute_in_another_file_regenerates_the_router()
    {
        var (first, second) = IncrementalRuns.RunTwice([Handlers, Unrelated], 1, "[assembly: MiniHttp.Compress]\npublic static class Helpers { public static int One() => 1; }");

        Assert.DoesNotContain("EnableCompression", first.GeneratedSource, StringComparison.Ordinal);
        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalRuns.Reasons(second, TrackingNames.Routes));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(second.GeneratedSource, @"response\.EnableCompression\(in request\);"));
    }

    [Fact]
    public void An_unrelated_edit_leaves_the_router_cached()
    {
        var (_, second) = IncrementalRuns.RunTwice([Handlers, Unrelated], 1, "public static class Helpers { public static int Two() => 2; }");

        Assert.All(IncrementalRuns.Reasons(second, TrackingNames.Routes), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }
}

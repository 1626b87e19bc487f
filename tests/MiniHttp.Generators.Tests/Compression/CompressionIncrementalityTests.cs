using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MiniHttp.Generators.Tests.Infrastructure;

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
        var (first, second) = RunTwice("[assembly: MiniHttp.Compress]\npublic static class Helpers { public static int One() => 1; }");

        Assert.DoesNotContain("EnableCompression", first.GeneratedSource, StringComparison.Ordinal);
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(second, TrackingNames.Routes));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(second.GeneratedSource, @"response\.EnableCompression\(in request\);"));
    }

    [Fact]
    public void An_unrelated_edit_leaves_the_router_cached()
    {
        var (_, second) = RunTwice("public static class Helpers { public static int Two() => 2; }");

        Assert.All(Reasons(second, TrackingNames.Routes), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    private static (GeneratorRun First, GeneratorRun Second) RunTwice(string unrelatedSource)
    {
        var compilation = GeneratorHarness.Compile(Handlers, Unrelated);
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), compilation);

        var oldTree = compilation.SyntaxTrees.ElementAt(1);
        var newTree = CSharpSyntaxTree.ParseText(unrelatedSource, GeneratorHarness.ParseOptions, oldTree.FilePath);
        return (first, GeneratorHarness.Run(first.Driver, compilation.ReplaceSyntaxTree(oldTree, newTree)));
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRun run, string step) =>
        [.. run.Result.TrackedSteps[step].SelectMany(execution => execution.Outputs).Select(output => output.Reason)];
}

using System;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using MiniHttp.Generators.Tests.Incrementality;

namespace MiniHttp.Generators.Tests.Blocking;

/// <summary>
/// <c>[Blocking]</c> is part of a handler's model: marking a handler regenerates the router, and an unrelated edit leaves
/// the blocking routes cached.
/// </summary>
public sealed class BlockingIncrementalityTests
{
    private const string Handlers = """
        using MiniHttp;

        public static class Pages
        {
            [Get("/a")] public static string A() => "a";
        }
        """;

    private const string Unrelated = "public static class Helpers { public static int One() => 1; }";

    [Fact]
    public void Marking_a_handler_blocking_regenerates_the_router()
    {
        var (first, second) = IncrementalRuns.RunTwice([Handlers, Unrelated], 0, Handlers.Replace("[Get(\"/a\")]", "[Get(\"/a\")] [Blocking]", StringComparison.Ordinal));

        Assert.DoesNotContain("BlockingWork", first.GeneratedSource, StringComparison.Ordinal);
        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalRuns.Reasons(second, TrackingNames.Routes));
        Assert.Equal(1, Regex.Count(second.GeneratedSource, @"BlockingWork\.Run\("));
    }

    [Fact]
    public void An_unrelated_edit_leaves_the_blocking_routes_cached()
    {
        var blocking = Handlers.Replace("[Get(\"/a\")]", "[Get(\"/a\")] [Blocking]", StringComparison.Ordinal);
        var (_, second) = IncrementalRuns.RunTwice([blocking, Unrelated], 1, "public static class Helpers { public static int Two() => 2; }");

        Assert.All(IncrementalRuns.Reasons(second, TrackingNames.Routes), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }
}

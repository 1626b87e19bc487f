using Microsoft.CodeAnalysis;

namespace MiniHttp.Generators.Tests.Incrementality;

/// <summary>
/// The request hooks reach the model as two type names, so an edit elsewhere regenerates nothing, while naming other
/// hooks, or changing their state type, regenerates the router.
/// </summary>
public sealed class HooksIncrementalityTests
{
    private const string Handlers = """
        using MiniHttp;

        public static class Shop
        {
            [Get("/orders")] public static int Count() => 1;
        }
        """;

    private const string Hooks = """
        using MiniHttp;

        [assembly: RequestHooks(typeof(AppHooks))]

        public sealed class AppHooks : IRequestHooks<int>
        {
            public bool OnRequest(scoped in HttpRequest request, HttpResponse response, out int state) { state = 0; return true; }
            public void OnResponse(in int state, HttpResponse response) { }
        }
        """;

    private const string Unrelated = "public static class Helpers { public static int One() => 1; }";

    [Fact]
    public void An_edit_to_another_file_leaves_the_hooks_and_the_router_cached()
    {
        var (_, second) = IncrementalRuns.RunTwice([Handlers, Hooks, Unrelated], 2, "public static class Helpers { public static int Two() => 2; }");

        Assert.All(IncrementalRuns.Reasons(second, TrackingNames.RequestHooks), reason => Assert.Equal(IncrementalStepRunReason.Unchanged, reason));
        Assert.All(IncrementalRuns.OutputReasons(second), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void Changing_the_hooks_state_type_regenerates_the_router()
    {
        var (first, second) = IncrementalRuns.RunTwice([Handlers, Hooks, Unrelated], 1, Hooks.Replace("int", "long", System.StringComparison.Ordinal));

        Assert.Contains("out int state", first.GeneratedSource, System.StringComparison.Ordinal);
        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalRuns.Reasons(second, TrackingNames.RequestHooks));
        Assert.Contains("out long state", second.GeneratedSource, System.StringComparison.Ordinal);
        Assert.Empty(second.Diagnostics);
    }

    [Fact]
    public void Removing_the_hooks_gives_back_the_plain_router()
    {
        var (first, second) = IncrementalRuns.RunTwice([Handlers, Hooks, Unrelated], 1, Hooks.Replace("[assembly: RequestHooks(typeof(AppHooks))]", string.Empty, System.StringComparison.Ordinal));

        Assert.Contains("_appHooks.OnRequest", first.GeneratedSource, System.StringComparison.Ordinal);
        Assert.DoesNotContain("OnRequest", second.GeneratedSource, System.StringComparison.Ordinal);
        Assert.Contains("public void Dispatch(scoped in global::MiniHttp.HttpRequest request, global::MiniHttp.HttpResponse response)\n        {\n            ReadOnlySpan<byte> path", second.GeneratedSource, System.StringComparison.Ordinal);
    }
}

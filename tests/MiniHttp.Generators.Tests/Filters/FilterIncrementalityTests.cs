using Microsoft.CodeAnalysis;
using MiniHttp.Generators.Tests.Incrementality;

namespace MiniHttp.Generators.Tests.Filters;

/// <summary>
/// Groups, filters and CORS reach the model as strings on each handler, so an edit elsewhere regenerates nothing, while
/// an edit to a prefix, a policy or a filter's constructor regenerates the router.
/// </summary>
public sealed class FilterIncrementalityTests
{
    private const string Handlers = """
        using MiniHttp;

        [RouteGroup("/todos")]
        [RouteFilter<ApiKeyFilter>]
        [Cors("https://app.example")]
        public static class Todos
        {
            [Get("/")] public static string List() => "all";
        }
        """;

    private const string Filter = """
        using MiniHttp;

        public sealed class ApiKeyFilter : IRouteFilter
        {
            public bool OnRequest(scoped in HttpRequest request, HttpResponse response) => true;
        }
        """;

    private const string Unrelated = "public static class Helpers { public static int One() => 1; }";

    [Fact]
    public void An_edit_to_another_file_leaves_the_router_cached()
    {
        var (_, second) = IncrementalRuns.RunTwice([Handlers, Filter, Unrelated], 2, "public static class Helpers { public static int Two() => 2; }");

        Assert.All(IncrementalRuns.OutputReasons(second), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Theory]
    [InlineData("\"/todos\"", "\"/tasks\"", "\"/tasks\"u8")]
    [InlineData("https://app.example", "https://web.example", "[\"https://web.example\"]")]
    public void Changing_a_prefix_or_a_policy_regenerates_the_router(string before, string after, string generated)
    {
        var (first, second) = IncrementalRuns.RunTwice([Handlers, Filter, Unrelated], 0, Handlers.Replace(before, after, System.StringComparison.Ordinal));

        Assert.DoesNotContain(generated, first.GeneratedSource, System.StringComparison.Ordinal);
        Assert.Contains(generated, second.GeneratedSource, System.StringComparison.Ordinal);
        Assert.Empty(second.Diagnostics);
    }

    [Fact]
    public void Changing_a_filters_constructor_in_its_own_file_regenerates_the_router()
    {
        var edited = Filter.Replace("public sealed class ApiKeyFilter : IRouteFilter", "public sealed class ApiKeyFilter(System.TimeProvider clock) : IRouteFilter", System.StringComparison.Ordinal);

        var (first, second) = IncrementalRuns.RunTwice([Handlers, Filter, Unrelated], 1, edited);

        Assert.Contains("new global::ApiKeyFilter()", first.GeneratedSource, System.StringComparison.Ordinal);
        Assert.Contains("new global::ApiKeyFilter(global::MiniHttp.Hosting.RouterServices.GetSingleton<global::System.TimeProvider>(", second.GeneratedSource, System.StringComparison.Ordinal);
    }
}

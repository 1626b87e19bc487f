using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Filters;

/// <summary>
/// The source emitted for a route group with filters and CORS: the prefix composed into each template, the CORS fields and
/// the filters called first in the binders of the routes that have them, in order, and preflights routed to the policy;
/// nothing of it in the binders of routes without.
/// </summary>
public sealed class FilterSourceTests
{
    private const string Group = """
        using MiniHttp;

        public sealed class ApiKeyFilter : IRouteFilter
        {
            public bool OnRequest(scoped in HttpRequest request, HttpResponse response) => request.TryGetHeader("X-Api-Key"u8, out _);
        }

        public sealed class AuditFilter : IRouteFilter
        {
            public bool OnRequest(scoped in HttpRequest request, HttpResponse response) => true;
        }

        [RouteGroup("/todos")]
        [RouteFilter<ApiKeyFilter>]
        [Cors("https://app.example", AllowCredentials = true, AllowedHeaders = ["X-Api-Key"], MaxAgeSeconds = 600)]
        public static class Todos
        {
            [Get("/")] public static string List() => "all";
            [Delete("/{id:int}")] [RouteFilter<AuditFilter>] public static int Remove(int id) => id;
        }

        public static class Open
        {
            [Get("/health")] public static string Health() => "ok";
        }
        """;

    [Fact]
    public void A_group_with_a_filter_a_method_filter_and_cors()
    {
        var run = GeneratorHarness.Run(Group);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void A_route_without_filters_calls_none()
    {
        var run = GeneratorHarness.Run("using MiniHttp;\npublic static class Pages { [Get(\"/x\")] public static string Page() => \"a\"; }");

        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain("OnRequest", run.GeneratedSource, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Cors", run.GeneratedSource, System.StringComparison.Ordinal);
    }
}

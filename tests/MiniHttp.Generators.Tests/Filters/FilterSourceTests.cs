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
    public void A_route_with_scoped_services_runs_its_filters_before_it_opens_the_requests_scope()
    {
        const string source = """
            using Microsoft.Extensions.DependencyInjection;
            using MiniHttp;

            public sealed class Audit { }

            public sealed class ApiKeyFilter(Audit audit) : IRouteFilter
            {
                public bool OnRequest(scoped in HttpRequest request, HttpResponse response) => audit is not null;
            }

            [RouteGroup("/todos")]
            public static class Todos
            {
                [Get("/")] [RouteFilter<ApiKeyFilter>] public static string List([FromServices(ServiceLifetime.Scoped)] Audit audit) => "all";
            }
            """;

        var run = GeneratorHarness.Run(source);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        var opener = run.GeneratedSource[run.GeneratedSource.IndexOf("public static void Get_todos(", System.StringComparison.Ordinal)..];
        Assert.True(
            opener.IndexOf("filter_1.OnRequest(in request, response)", System.StringComparison.Ordinal)
                < opener.IndexOf("CreateAsyncScope", System.StringComparison.Ordinal),
            opener);
        Assert.Contains("new global::ApiKeyFilter(global::MiniHttp.Hosting.RouterServices.GetSingleton<global::Audit>(", run.GeneratedSource, System.StringComparison.Ordinal);
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

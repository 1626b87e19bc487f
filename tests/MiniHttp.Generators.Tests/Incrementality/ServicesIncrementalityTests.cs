using Microsoft.CodeAnalysis;

namespace MiniHttp.Generators.Tests.Incrementality;

/// <summary>What services change in the generated router: the routes classes' constructors and the parameters' lifetimes are part of it.</summary>
public sealed class ServicesIncrementalityTests
{
    private const string Services = "public sealed class Store; public sealed class Clock;";

    private const string Routes = """
        using Microsoft.Extensions.DependencyInjection;
        using MiniHttp;

        public sealed class Orders(Store store)
        {
            [Get("/orders")] public int Count([FromServices] Clock clock) => store.GetHashCode();
        }
        """;

    [Fact]
    public void A_routes_classes_constructor_is_part_of_the_router_it_creates()
    {
        var (first, second) = IncrementalRuns.RunTwice([Routes, Services], 0, Routes.Replace("(Store store)", "(Store store, Clock clock)", System.StringComparison.Ordinal));

        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalRuns.Reasons(second, TrackingNames.Routes));
        Assert.Contains("new global::Orders(global::MiniHttp.Hosting.RouterServices.GetSingleton<global::Store>(", first.GeneratedSource, System.StringComparison.Ordinal);
        Assert.Contains("GetSingleton<global::Clock>(s, \"Clock\", \"constructor of Orders\"))", second.GeneratedSource, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_lifetime_decides_whether_the_route_opens_a_scope()
    {
        var (first, second) = IncrementalRuns.RunTwice(
            [Routes, Services], 0, Routes.Replace("[FromServices] Clock", "[FromServices(ServiceLifetime.Scoped)] Clock", System.StringComparison.Ordinal));

        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalRuns.Reasons(second, TrackingNames.Routes));
        Assert.DoesNotContain("CreateAsyncScope", first.GeneratedSource, System.StringComparison.Ordinal);
        Assert.Contains("CreateAsyncScope", second.GeneratedSource, System.StringComparison.Ordinal);
    }
}

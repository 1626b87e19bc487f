using Microsoft.CodeAnalysis;
using MiniHttp.Generators.Tests.Incrementality;

namespace MiniHttp.Generators.Tests.WebSockets;

/// <summary>The <c>[WebSocket]</c> step is cached across unrelated edits and regenerates the router when a route changes.</summary>
public sealed class WebSocketIncrementalityTests
{
    private const string Routes = """
        using System.Threading.Tasks;
        using MiniHttp;
        using MiniHttp.WebSockets;

        public static class Sockets
        {
            [WebSocket("/ws", "chat")] public static ValueTask Echo(WebSocketConnection connection) => ValueTask.CompletedTask;
        }
        """;

    private const string RoutesClassWithServices = """
        using System.Threading.Tasks;
        using Microsoft.Extensions.DependencyInjection;
        using MiniHttp;
        using MiniHttp.WebSockets;

        public sealed class Session { }

        public sealed class Sockets(Session shared)
        {
            [WebSocket("/ws")]
            public ValueTask Echo(WebSocketConnection connection, [FromServices] Session one, [FromServices(ServiceLifetime.Scoped)] Session each) =>
                ValueTask.CompletedTask;
        }
        """;

    private const string Unrelated = "public static class Helpers { public static int One() => 1; }";

    private static readonly IncrementalStepRunReason[] CachedOrUnchanged = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    [Fact]
    public void An_edit_to_another_file_regenerates_nothing()
    {
        var (_, second) = IncrementalRuns.RunTwice([Routes, Unrelated], 1, "public static class Helpers { public static int Two() => 2; }");

        Assert.NotEmpty(IncrementalRuns.Reasons(second, TrackingNames.WebSocketHandlers));
        Assert.All(IncrementalRuns.Reasons(second, TrackingNames.WebSocketHandlers), reason => Assert.Contains(reason, CachedOrUnchanged));
        Assert.All(IncrementalRuns.OutputReasons(second), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void An_edit_to_another_file_regenerates_nothing_for_a_routes_class_with_services()
    {
        var (_, second) = IncrementalRuns.RunTwice([RoutesClassWithServices, Unrelated], 1, "public static class Helpers { public static int Two() => 2; }");

        Assert.NotEmpty(IncrementalRuns.Reasons(second, TrackingNames.WebSocketHandlers));
        Assert.All(IncrementalRuns.Reasons(second, TrackingNames.WebSocketHandlers), reason => Assert.Contains(reason, CachedOrUnchanged));
        Assert.All(IncrementalRuns.OutputReasons(second), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void A_subprotocol_change_regenerates_the_router()
    {
        var (first, second) = IncrementalRuns.RunTwice([Routes, Unrelated], 0, Routes.Replace("\"chat\"", "\"superchat\"", System.StringComparison.Ordinal));

        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalRuns.Reasons(second, TrackingNames.Routes));
        Assert.Contains("[\"chat\"]", first.GeneratedSource, System.StringComparison.Ordinal);
        Assert.Contains("[\"superchat\"]", second.GeneratedSource, System.StringComparison.Ordinal);
    }
}

using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.WebSockets;

/// <summary>
/// The source emitted for <c>[WebSocket]</c> handlers: a <c>GET</c> route whose binder hands the handshake to the runtime
/// with a delegate that captures nothing for a static handler without services, and what the router holds for the others;
/// and nothing of it in a router without such handlers.
/// </summary>
public sealed class WebSocketSourceTests
{
    [Fact]
    public void WebSocket_handlers_returning_ValueTask_and_Task_with_and_without_subprotocols()
    {
        var run = GeneratorHarness.Run("""
            using System.Threading.Tasks;
            using MiniHttp;
            using MiniHttp.WebSockets;

            public static class Sockets
            {
                [WebSocket("/ws")]
                public static async ValueTask Echo(WebSocketConnection connection)
                {
                    while (await connection.ReceiveAsync() is { IsClose: false } message)
                    {
                        connection.Send(message.Type, message.Payload.Span);
                    }
                }

                [WebSocket("/chat", "chat", "superchat")]
                public static Task Chat(WebSocketConnection connection) => connection.CloseAsync().AsTask();

                [Get("/plain")] public static int Plain() => 1;
            }
            """);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void WebSocket_handlers_of_a_routes_class_with_singleton_and_scoped_services()
    {
        var run = GeneratorHarness.Run("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.DependencyInjection;
            using MiniHttp;
            using MiniHttp.WebSockets;

            public interface IClock { }
            public sealed class Session { }

            public sealed class Sockets
            {
                [WebSocket("/clock")]
                public ValueTask Clock([FromServices] IClock clock, WebSocketConnection connection) => connection.CloseAsync();

                [WebSocket("/session", "chat")]
                public Task Session(WebSocketConnection connection, [FromServices] IClock clock, [FromServices(ServiceLifetime.Scoped)] Session session) =>
                    connection.CloseAsync().AsTask();
            }

            public static class Static
            {
                [WebSocket("/static")]
                public static ValueTask Counted(WebSocketConnection connection, [FromServices] IClock clock) => connection.CloseAsync();
            }
            """);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void A_router_without_WebSocket_handlers_never_names_them()
    {
        var run = GeneratorHarness.Run("using MiniHttp;\npublic static class Pages { [Get(\"/x\")] public static string Page() => \"a\"; }");

        Assert.DoesNotContain("WebSocket", run.GeneratedSource, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_WebSocket_route_and_an_HTTP_route_on_one_path_are_a_duplicate()
    {
        var run = GeneratorHarness.Run("""
            using System.Threading.Tasks;
            using MiniHttp;
            using MiniHttp.WebSockets;

            public static class Sockets
            {
                [WebSocket("/ws")] public static ValueTask Echo(WebSocketConnection connection) => ValueTask.CompletedTask;
                [Get("/ws")] public static int Plain() => 1;
            }
            """);

        Assert.Equal("MH0009", Assert.Single(run.Diagnostics).Id);
    }
}

using MiniHttp.Generators.Tests.Diagnostics;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.WebSockets;

/// <summary>MH0029 and MH0030: <c>[WebSocket]</c> handlers that cannot be called, and subprotocols no client can name.</summary>
public sealed class WebSocketDiagnosticTests
{
    private const string Usings = "using System.Threading.Tasks;\nusing MiniHttp;\nusing MiniHttp.WebSockets;\n";

    [Theory]
    [InlineData("public static class S { [WebSocket(\"/ws\")] public static void Handler(WebSocketConnection connection) { } }")]
    [InlineData("public static class S { [WebSocket(\"/ws\")] public static Task<int> Handler(WebSocketConnection connection) => Task.FromResult(1); }")]
    [InlineData("public static class S { [WebSocket(\"/ws\")] public static Task Handler() => Task.CompletedTask; }")]
    [InlineData("public static class S { [WebSocket(\"/ws\")] public static Task Handler(WebSocketConnection connection, int count) => Task.CompletedTask; }")]
    [InlineData("public static class S { [WebSocket(\"/ws\")] public static Task Handler(HttpRequest connection) => Task.CompletedTask; }")]
    [InlineData("public static class S { [WebSocket(\"/ws\")] public static Task Handler(ref WebSocketConnection connection) => Task.CompletedTask; }")]
    [InlineData("public static class S { [WebSocket(\"/ws\")] public static Task Handler(WebSocketConnection connection, WebSocketConnection other) => Task.CompletedTask; }")]
    [InlineData("public static class S { [WebSocket(\"/ws\")] public static Task Handler([FromServices] System.IServiceProvider services) => Task.CompletedTask; }")]
    [InlineData("public static class S { [WebSocket(\"/ws\")] public static Task Handler(WebSocketConnection connection, System.Threading.CancellationToken cancellationToken) => Task.CompletedTask; }")]
    public void MH0029_a_WebSocket_handler_takes_the_connection_and_services_and_returns_a_task(string handlers)
    {
        DiagnosticAssert.Single(
            Usings + handlers,
            "MH0029",
            line: 4,
            located: "Handler",
            "[WebSocket] handler 'S.Handler' must take a MiniHttp.WebSockets.WebSocketConnection, and otherwise only [FromServices] parameters, all by value, and return Task or ValueTask: the conversation lasts until the task completes");
    }

    [Theory]
    [InlineData("\"chat v2\"", "\"chat v2\"")]
    [InlineData("\"\"", "\"\"")]
    [InlineData("\"chat/2\"", "\"chat/2\"")]
    public void MH0030_a_subprotocol_is_a_token(string subProtocol, string quoted)
    {
        DiagnosticAssert.Single(
            Usings + "public static class S { [WebSocket(\"/ws\", \"chat\", " + subProtocol + ")] public static Task Handler(WebSocketConnection connection) => Task.CompletedTask; }",
            "MH0030",
            line: 4,
            located: subProtocol,
            $"Subprotocol {quoted} of [WebSocket] handler 'S.Handler' is not a token, so no client could ask for it in Sec-WebSocket-Protocol: use one or more letters, digits or !#$%&'*+-.^_`|~");
    }

    [Fact]
    public void An_instance_handler_of_a_struct_is_reported_as_for_any_route()
    {
        var run = GeneratorHarness.Run(Usings + "public struct S { [WebSocket(\"/ws\")] public Task Handler(WebSocketConnection connection) => Task.CompletedTask; }");

        Assert.Equal("MH0001", Assert.Single(run.Diagnostics).Id);
    }

    [Fact]
    public void A_service_parameter_of_a_value_type_is_reported_as_for_any_route()
    {
        var run = GeneratorHarness.Run(Usings + "public static class S { [WebSocket(\"/ws\")] public static Task Handler(WebSocketConnection connection, [FromServices] int count) => Task.CompletedTask; }");

        Assert.Equal("MH0028", Assert.Single(run.Diagnostics).Id);
    }

    [Fact]
    public void A_malformed_template_is_reported_as_for_any_route()
    {
        var run = GeneratorHarness.Run(Usings + "public static class S { [WebSocket(\"ws\")] public static Task Handler(WebSocketConnection connection) => Task.CompletedTask; }");

        Assert.Equal("MH0007", Assert.Single(run.Diagnostics).Id);
    }
}

using MiniHttp.Generators.Tests.Diagnostics;

namespace MiniHttp.Generators.Tests.Filters;

/// <summary>MH0048 to MH0052: route groups, filters and CORS policies the generated router could not honour.</summary>
public sealed class FilterDiagnosticTests
{
    [Theory]
    [InlineData("/todos/", "it must not end with '/': each route's template starts with its own")]
    [InlineData("todos", "it must start with '/'")]
    [InlineData("/files/{*rest}", "a catch-all parameter takes the rest of the path, so it cannot be followed by a route's template")]
    public void MH0048_a_group_prefix_is_a_template_that_can_prefix_routes(string prefix, string reason)
    {
        var source = $"using MiniHttp;\n[RouteGroup(\"{prefix}\")]\npublic static class Todos {{ [Get(\"/\")] public static string List() => \"all\"; }}";

        DiagnosticAssert.Single(source, "MH0048", line: 2, located: $"\"{prefix}\"", $"The [RouteGroup] prefix \"{prefix}\" of class 'Todos' cannot prefix its routes: {reason}");
    }

    [Theory]
    [InlineData("public abstract class Check : IRouteFilter { public bool OnRequest(scoped in HttpRequest request, HttpResponse response) => true; }")]
    [InlineData("public sealed class Check : IRouteFilter { bool IRouteFilter.OnRequest(scoped in HttpRequest request, HttpResponse response) => true; }")]
    public void MH0049_a_filter_is_a_class_the_router_can_construct_and_call(string filter)
    {
        var source = $"using MiniHttp;\n{filter}\npublic static class Todos {{\n    [Get(\"/\")] [RouteFilter<Check>] public static string List() => \"all\"; }}";

        DiagnosticAssert.Single(
            source,
            "MH0049",
            line: 4,
            located: "RouteFilter<Check>",
            "The route filter 'Check' is not a class the generated router can call: name a public or internal, non-abstract, non-generic class that implements MiniHttp.IRouteFilter with a public or internal OnRequest method (not an explicit implementation)");
    }

    [Theory]
    [InlineData("\"*\", AllowCredentials = true", "origin")]
    [InlineData("\"https://app.example\", AllowCredentials = true, ExposedHeaders = [\"*\"]", "exposed header")]
    public void MH0050_credentials_are_never_allowed_with_a_wildcard(string arguments, string what)
    {
        var source = $"using MiniHttp;\npublic static class Todos {{\n    [Get(\"/\")] [Cors({arguments})] public static string List() => \"all\"; }}";

        DiagnosticAssert.Single(
            source,
            "MH0050",
            line: 3,
            located: $"Cors({arguments})",
            $"[Cors] on 'Todos.List' allows credentials with '*' as its {what}: the Fetch standard never lets '*' stand for any {what} when a request includes credentials, so browsers would refuse every response; name the origins and headers, or leave AllowCredentials out");
    }

    [Theory]
    [InlineData("\"https://app.example/\"", "\"https://app.example/\" must be an origin as browsers send it: scheme://host or scheme://host:port, in lower case, with no path, not even a trailing '/'")]
    [InlineData("\"https://App.example\"", "\"https://App.example\" must be an origin as browsers send it: scheme://host or scheme://host:port, in lower case, with no path, not even a trailing '/'")]
    [InlineData("\"https://app.example\", AllowedHeaders = [\"X Key\"]", "\"X Key\" must be a header field name: one or more letters, digits or !#$%&'*+-.^_`|~")]
    [InlineData("\"*\", \"https://app.example\"", "\"*\" in origins must be alone: among other values it would be taken as one of them")]
    [InlineData("\"https://app.example\", MaxAgeSeconds = -2", "MaxAgeSeconds = -2 must be a number of seconds, 0 or more, or -1 for no Access-Control-Max-Age")]
    public void MH0051_cors_values_are_what_browsers_send_and_accept(string arguments, string problem)
    {
        var source = $"using MiniHttp;\n[Cors({arguments})]\npublic static class Todos {{ [Get(\"/\")] public static string List() => \"all\"; }}";

        DiagnosticAssert.Single(source, "MH0051", line: 2, located: $"Cors({arguments})", $"[Cors] on 'Todos': {problem}");
    }

    [Fact]
    public void MH0052_filters_do_not_run_on_a_websocket_handshake()
    {
        const string source = """
            using System.Threading.Tasks;
            using MiniHttp;
            using MiniHttp.WebSockets;

            [Cors("https://app.example")]
            public static class Sockets
            {
                [WebSocket("/ws")] public static ValueTask Echo(WebSocketConnection connection) => default;
            }
            """;

        DiagnosticAssert.Single(
            source,
            "MH0052",
            line: 8,
            located: "Echo",
            "[WebSocket] handler 'Sockets.Echo' has [RouteFilter] or [Cors] on it or its classes, which do not run on a WebSocket handshake: move the handler out of the filtered class, or check the request in a handler of its own");
    }
}

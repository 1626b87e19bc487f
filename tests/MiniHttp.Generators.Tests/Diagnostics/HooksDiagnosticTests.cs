namespace MiniHttp.Generators.Tests.Diagnostics;

/// <summary>MH0023: request hooks the generated router could not construct or call directly.</summary>
public sealed class HooksDiagnosticTests
{
    private const string Members = """
        public bool OnRequest(scoped in HttpRequest request, HttpResponse response, out int state) { state = 0; return true; }
        public void OnResponse(in int state, HttpResponse response) { }
        """;

    [Theory]
    [InlineData("public abstract class Hooks : IRequestHooks<int> { " + Members + " }", "Hooks")]
    [InlineData("public struct Hooks : IRequestHooks<int> { " + Members + " }", "Hooks")]
    [InlineData("public sealed class Hooks { " + Members + " }", "Hooks")]
    [InlineData("file sealed class Hooks : IRequestHooks<int> { " + Members + " }", "Hooks")]
    [InlineData("public sealed class Hooks<T> : IRequestHooks<int> { " + Members + " }", "Hooks<>")]
    [InlineData("""
        public sealed class Hooks : IRequestHooks<int>
        {
            bool IRequestHooks<int>.OnRequest(scoped in HttpRequest request, HttpResponse response, out int state) { state = 0; return true; }
            public void OnResponse(in int state, HttpResponse response) { }
        }
        """, "Hooks")]
    [InlineData("""
        public sealed class Hooks : IRequestHooks<int>, IRequestHooks<long>
        {
            public bool OnRequest(scoped in HttpRequest request, HttpResponse response, out int state) { state = 0; return true; }
            public void OnResponse(in int state, HttpResponse response) { }
            public bool OnRequest(scoped in HttpRequest request, HttpResponse response, out long state) { state = 0; return true; }
            public void OnResponse(in long state, HttpResponse response) { }
        }
        """, "Hooks")]
    public void MH0023_request_hooks_are_a_class_the_router_can_construct_and_call(string hooks, string shown)
    {
        var typeOf = shown == "Hooks<>" ? "typeof(Hooks<>)" : "typeof(Hooks)";
        DiagnosticAssert.Single(
            $"using MiniHttp;\n[assembly: RequestHooks({typeOf})]\n{hooks}\npublic static class Handlers {{ [Get(\"/x\")] public static int X() => 1; }}",
            "MH0023",
            line: 2,
            located: typeOf,
            $"The request hooks '{shown}' are not a class the generated router can call: name a public or internal, non-abstract, non-generic class that implements MiniHttp.IRequestHooks<TState> once, with public or internal methods (not explicit implementations)");
    }
}

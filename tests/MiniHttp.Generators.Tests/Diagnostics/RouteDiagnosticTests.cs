namespace MiniHttp.Generators.Tests.Diagnostics;

/// <summary>MH0007–MH0009: templates that are not literal paths, and routes declared twice.</summary>
public sealed class RouteDiagnosticTests
{
    [Theory]
    [InlineData("\"x\"", "it must start with '/'")]
    [InlineData("\"\"", "it must start with '/'")]
    [InlineData("null!", "a template is a path and cannot be null")]
    [InlineData("\"/a b\"", "it must not contain whitespace")]
    [InlineData("\"/a\\tb\"", "it must not contain whitespace")]
    [InlineData("\"/a?b=1\"", "it must not contain '?': query values bind to the handler's parameters")]
    [InlineData("\"/a#b\"", "it must not contain '#': a fragment is never sent to a server")]
    [InlineData("\"/100%\"", "'%' must start a percent-encoded byte such as %20")]
    [InlineData("\"/caf\\u00e9\"", "'é' is not allowed in a URL path: percent-encode it")]
    [InlineData("\"/a\\\"b\"", "'\"' is not allowed in a URL path: percent-encode it")]
    public void MH0007_a_template_must_be_a_url_path(string template, string reason)
    {
        var quoted = template == "null!" ? "null" : Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(Unescape(template), quote: true);
        DiagnosticAssert.Single(
            $"using MiniHttp;\npublic static class Handlers {{ [Get({template})] public static int Handle() => 1; }}",
            "MH0007",
            line: 2,
            located: template,
            $"Route template {quoted} of handler 'Handlers.Handle' is malformed: {reason}");
    }

    [Fact]
    public void MH0007_points_at_the_template_of_the_attribute_that_is_wrong()
    {
        DiagnosticAssert.Single(
            """
            using MiniHttp;

            public static class Handlers
            {
                [Get("/fine")]
                [Get("not a path")]
                public static int Handle() => 1;
            }
            """,
            "MH0007",
            line: 6,
            located: "\"not a path\"",
            "Route template \"not a path\" of handler 'Handlers.Handle' is malformed: it must start with '/'");
    }

    [Theory]
    [InlineData("/users/{id:int}")]
    [InlineData("/users/{id?}")]
    [InlineData("/files/{*path}")]
    public void MH0008_route_parameters_are_not_supported_yet(string template)
    {
        DiagnosticAssert.Single(
            $$"""
            using MiniHttp;

            public static class Users
            {
                [Get("{{template}}")]
                public static int Find(int id) => id;
            }
            """,
            "MH0008",
            line: 5,
            located: $"\"{template}\"",
            $"Route template \"{template}\" of handler 'Users.Find' has a route parameter, which is not supported yet: use a literal path and bind values from the query string");
    }

    [Fact]
    public void MH0009_a_method_and_path_have_one_handler()
    {
        DiagnosticAssert.Single(
            """
            using MiniHttp;

            public static class Handlers
            {
                [Get("/x")]
                public static int First() => 1;

                [Post("/x")]
                public static int ByPost() => 2;

                [Get("/x")]
                public static int Second() => 3;
            }
            """,
            "MH0009",
            line: 11,
            located: "\"/x\"",
            "Route 'GET /x' of handler 'Handlers.Second' is already handled by 'Handlers.First': give each method and path one handler");
    }

    [Fact]
    public void MH0009_the_first_declaration_in_file_order_keeps_the_route()
    {
        var run = Infrastructure.GeneratorHarness.Run(
            "using MiniHttp;\npublic static class A { [Get(\"/x\")] public static int First() => 1; }",
            "using MiniHttp;\npublic static class B { [Get(\"/x\")] public static int Second() => 2; }");

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MH0009", diagnostic.Id);
        Assert.Equal("Handlers1.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("global::A.First()", run.GeneratedSource, System.StringComparison.Ordinal);
        Assert.DoesNotContain("global::B.Second()", run.GeneratedSource, System.StringComparison.Ordinal);
    }

    /// <summary>The string a C# literal in the test data stands for.</summary>
    private static string Unescape(string literal) =>
        System.Text.RegularExpressions.Regex.Unescape(literal[1..^1]);
}

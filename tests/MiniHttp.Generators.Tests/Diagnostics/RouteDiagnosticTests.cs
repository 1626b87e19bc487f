using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Diagnostics;

/// <summary>MH0007–MH0014: malformed templates and methods, routes declared twice or ambiguously, route values without a home.</summary>
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
    [InlineData("/users/{id?}", "optional route parameters such as '{id?}' are not supported: declare a second route without the parameter")]
    [InlineData("/file-{id}", "'file-{id}' must be a route parameter that fills the whole segment, such as /users/{id}")]
    [InlineData("/users/{id}x", "'{id}x' must be a route parameter that fills the whole segment, such as /users/{id}")]
    [InlineData("/users/{id", "'{id' must be a route parameter that fills the whole segment, such as /users/{id}")]
    [InlineData("/users/id}", "'id}' must be a route parameter that fills the whole segment, such as /users/{id}")]
    [InlineData("/users/{{id}}", "'{{id}}' must be a route parameter that fills the whole segment, such as /users/{id}")]
    [InlineData("/users/{}", "route parameter '{}' must be named by a C# identifier, the name of the handler parameter it binds to")]
    [InlineData("/users/{user-id}", "route parameter '{user-id}' must be named by a C# identifier, the name of the handler parameter it binds to")]
    [InlineData("/users/{*}", "route parameter '{*}' must be named by a C# identifier, the name of the handler parameter it binds to")]
    [InlineData("/users/{id:uuid}", "route parameter '{id:uuid}' has the unknown constraint 'uuid': use int, long or guid")]
    [InlineData("/users/{id:}", "route parameter '{id:}' has the unknown constraint '': use int, long or guid")]
    [InlineData("/files/{*rest:int}", "catch-all parameter '{*rest:int}' cannot have a constraint: it takes the rest of the path as a string")]
    [InlineData("/{id}/x/{id}", "route parameter 'id' appears twice: give each parameter its own name")]
    [InlineData("/{id}/a b", "it must not contain whitespace")]
    public void MH0007_a_route_parameter_fills_a_segment_and_has_a_name_and_a_known_constraint(string template, string reason)
    {
        DiagnosticAssert.Single(
            $"using MiniHttp;\npublic static class Users {{ [Get(\"{template}\")] public static int Find(int id) => id; }}",
            "MH0007",
            line: 2,
            located: $"\"{template}\"",
            $"Route template \"{template}\" of handler 'Users.Find' is malformed: {reason}");
    }

    [Fact]
    public void MH0011_a_catch_all_is_the_last_segment()
    {
        DiagnosticAssert.Single(
            """
            using MiniHttp;

            public static class Files
            {
                [Get("/files/{*path}/meta")]
                public static string Meta(string path) => path;
            }
            """,
            "MH0011",
            line: 5,
            located: "\"/files/{*path}/meta\"",
            "Route template \"/files/{*path}/meta\" of handler 'Files.Meta' has the catch-all parameter 'path' before its last segment: a catch-all takes the rest of the path, so make it the last segment");
    }

    [Fact]
    public void MH0008_every_route_parameter_binds_to_a_handler_parameter()
    {
        DiagnosticAssert.Single(
            """
            using MiniHttp;

            public static class Users
            {
                [Get("/users/{id}/orders/{order}")]
                public static int Find(int id) => id;
            }
            """,
            "MH0008",
            line: 5,
            located: "\"/users/{id}/orders/{order}\"",
            "Route template \"/users/{id}/orders/{order}\" of handler 'Users.Find' has the route parameter 'order', which no parameter of the handler takes: add a parameter named 'order' (without [FromBody], [FromQuery] or [FromHeader])");
    }

    [Fact]
    public void MH0008_a_body_parameter_does_not_take_a_route_value()
    {
        DiagnosticAssert.Single(
            "using MiniHttp;\npublic static class Users { [Post(\"/users/{id}\")] public static int Add([FromBody] int id) => id; }",
            "MH0008",
            line: 2,
            located: "\"/users/{id}\"",
            "Route template \"/users/{id}\" of handler 'Users.Add' has the route parameter 'id', which no parameter of the handler takes: add a parameter named 'id' (without [FromBody], [FromQuery] or [FromHeader])");
    }

    [Fact]
    public void MH0012_a_parameter_bound_from_the_route_is_in_every_template_of_its_handler()
    {
        DiagnosticAssert.Single(
            """
            using MiniHttp;

            public static class Users
            {
                [Get("/users/{id:int}")]
                [Get("/users/current")]
                public static int Find(int id) => id;
            }
            """,
            "MH0012",
            line: 6,
            located: "\"/users/current\"",
            "Parameter 'id' of handler 'Users.Find' binds from a route parameter of another of its templates, but template \"/users/current\" has no '{id}': add it, or give that route a handler of its own");
    }

    [Theory]
    [InlineData("{id:int}", "string", "string", "int or long")]
    [InlineData("{id:long}", "int", "int", "long")]
    [InlineData("{id:guid}", "string", "string", "Guid")]
    [InlineData("{*id}", "int", "int", "string")]
    public void MH0013_the_parameter_can_hold_every_value_the_constraint_matches(string parameter, string type, string shownType, string fits)
    {
        DiagnosticAssert.Single(
            $"using MiniHttp;\npublic static class Users {{ [Get(\"/users/{parameter}\")] public static int Find({type} id) => 1; }}",
            "MH0013",
            line: 2,
            located: $"\"/users/{parameter}\"",
            $"Route parameter 'id' of template \"/users/{parameter}\" binds to parameter 'id' of handler 'Users.Find', whose type '{shownType}' cannot hold it: declare it as {fits}");
    }

    [Fact]
    public void MH0004_a_route_value_binds_to_text_or_a_parsed_value()
    {
        DiagnosticAssert.Single(
            "using MiniHttp;\npublic static class Users { [Get(\"/users/{id}\")] public static int Find(byte[] id) => 1; }",
            "MH0004",
            line: 2,
            located: "id",
            "Parameter 'id' of handler 'Users.Find' has type 'byte[]', which cannot be bound from the route: use int, long, short, uint, ulong, double, decimal, bool, Guid, DateTime, DateTimeOffset, DateOnly, TimeOnly, an enum, string or ReadOnlySpan<byte>, or mark it [FromBody]");
    }

    [Fact]
    public void MH0014_templates_of_the_same_shape_and_method_are_ambiguous()
    {
        DiagnosticAssert.Single(
            """
            using MiniHttp;

            public static class Users
            {
                [Get("/users/{id:int}/orders")]
                public static int ById(int id) => id;

                [Post("/users/{number:int}/orders")]
                public static int Add(int number) => number;

                [Get("/users/{number:int}/orders")]
                public static int ByNumber(int number) => number;
            }
            """,
            "MH0014",
            line: 11,
            located: "\"/users/{number:int}/orders\"",
            "Route 'GET /users/{number:int}/orders' of handler 'Users.ByNumber' matches exactly the requests of 'GET /users/{id:int}/orders' of handler 'Users.ById', and no rule chooses between them: change a literal segment or a constraint of one of them");
    }

    [Theory]
    [InlineData("[Get(\"/users/{id:int}\")] public static int A(int id) => 1;", "[Get(\"/users/{name}\")] public static int B(string name) => 2;")]
    [InlineData("[Get(\"/users/{id:int}\")] public static int A(int id) => 1;", "[Get(\"/users/{id:long}\")] public static long B(long id) => 2;")]
    [InlineData("[Get(\"/users/{id}\")] public static int A(string id) => 1;", "[Get(\"/users/{*rest}\")] public static int B(string rest) => 2;")]
    [InlineData("[Get(\"/a/{x}\")] public static int A(string x) => 1;", "[Get(\"/{y}/b\")] public static int B(string y) => 2;")]
    [InlineData("[Get(\"/users/me\")] public static int A() => 1;", "[Get(\"/users/{name}\")] public static int B(string name) => 2;")]
    [InlineData("[Get(\"/users/{id}\")] public static int A(string id) => 1;", "[Post(\"/users/{name}\")] public static int B(string name) => 2;")]
    public void Templates_that_precedence_or_the_method_tells_apart_are_not_ambiguous(string first, string second)
    {
        var run = GeneratorHarness.Run($"using MiniHttp;\npublic static class H {{ {first} {second} }}");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
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

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null!")]
    [InlineData("\"GET /x\"")]
    [InlineData("\"PURGE\\r\\n\"")]
    [InlineData("\"G(E)T\"")]
    [InlineData("\"caf\\u00e9\"")]
    public void MH0010_a_route_method_must_be_a_token(string method)
    {
        var quoted = method == "null!" ? "null" : Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(Unescape(method), quote: true);
        DiagnosticAssert.Single(
            $"using MiniHttp;\npublic static class Handlers {{ [Route({method}, \"/x\")] public static int Handle() => 1; }}",
            "MH0010",
            line: 2,
            located: method,
            $"Method {quoted} of handler 'Handlers.Handle' is not an HTTP method: a method is one or more letters, digits or !#$%&'*+-.^_`|~, such as \"PURGE\"");
    }

    [Fact]
    public void MH0009_a_route_attribute_for_a_method_duplicates_that_methods_own_attribute()
    {
        DiagnosticAssert.Single(
            """
            using MiniHttp;

            public static class Handlers
            {
                [Put("/x")]
                public static int First() => 1;

                [Route("PUT", "/x")]
                public static int Second() => 2;
            }
            """,
            "MH0009",
            line: 8,
            located: "\"/x\"",
            "Route 'PUT /x' of handler 'Handlers.Second' is already handled by 'Handlers.First': give each method and path one handler");
    }

    [Fact]
    public void MH0007_points_at_the_template_of_a_route_attribute()
    {
        DiagnosticAssert.Single(
            "using MiniHttp;\npublic static class Handlers { [Route(\"PURGE\", \"x\")] public static int Handle() => 1; }",
            "MH0007",
            line: 2,
            located: "\"x\"",
            "Route template \"x\" of handler 'Handlers.Handle' is malformed: it must start with '/'");
    }

    /// <summary>The string a C# literal in the test data stands for.</summary>
    private static string Unescape(string literal) =>
        System.Text.RegularExpressions.Regex.Unescape(literal[1..^1]);
}

namespace MiniHttp.Generators.Tests.Diagnostics;

/// <summary>MH0015–MH0021: parameters whose source is unclear or misnamed, and JSON types the JSON context does not cover.</summary>
public sealed class BindingDiagnosticTests
{
    /// <summary>A context as the System.Text.Json generator would complete it, written out so it compiles without that generator.</summary>
    private const string Context = """
        public abstract class AppJsonContext() : System.Text.Json.Serialization.JsonSerializerContext(null);
        """;

    [Theory]
    [InlineData("System.ReadOnlySpan<byte>", "mark it [FromBody], [FromQuery] or [FromHeader(\"Name\")] to take those bytes as they are sent")]
    [InlineData("byte[]", "mark it [FromBody] to take a copy of the body")]
    [InlineData("Order", "mark it [FromBody] to read the body as JSON")]
    [InlineData("System.Collections.Generic.List<int>", "mark it [FromBody] to read the body as JSON")]
    public void MH0015_a_parameter_that_could_come_from_several_places_needs_an_attribute(string type, string change)
    {
        DiagnosticAssert.Single(
            $"using MiniHttp;\npublic sealed record Order(int Id);\npublic static class Handlers {{ [Post(\"/x\")] public static int Handle({type} value) => 1; }}",
            "MH0015",
            line: 3,
            located: "value",
            $"Parameter 'value' of handler 'Handlers.Handle' has type '{type}', which could come from more than one part of the request: {change}");
    }

    [Theory]
    [InlineData("Get(\"/x\")", "GET", "Order", "take its values as query parameters of text types, one parameter each ([FromQuery(\"name\")] where the names differ), or take the object on a POST, PUT or PATCH route marked [FromBody]")]
    [InlineData("Delete(\"/x\")", "DELETE", "Order", "take its values as query parameters of text types, one parameter each ([FromQuery(\"name\")] where the names differ), or take the object on a POST, PUT or PATCH route marked [FromBody]")]
    [InlineData("Route(\"HEAD\", \"/x\")", "HEAD", "System.Collections.Generic.List<int>", "take its values as query parameters of text types, one parameter each ([FromQuery(\"name\")] where the names differ), or take the object on a POST, PUT or PATCH route marked [FromBody]")]
    [InlineData("Post(\"/y\")][Get(\"/x\")", "GET", "Order", "take its values as query parameters of text types, one parameter each ([FromQuery(\"name\")] where the names differ), or take the object on a POST, PUT or PATCH route marked [FromBody]")]
    [InlineData("Route(\"OPTIONS\", \"/x\")", "OPTIONS", "byte[]", "take the value as a string from the query string or a header, or take the bytes on a POST, PUT or PATCH route marked [FromBody]")]
    public void MH0015_a_route_whose_method_has_no_body_is_never_told_to_read_one(string attributes, string method, string type, string change)
    {
        DiagnosticAssert.Single(
            $"using MiniHttp;\npublic sealed record Order(int Id);\npublic static class Handlers {{ [{attributes}] public static int Handle({type} value) => 1; }}",
            "MH0015",
            line: 3,
            located: "value",
            $"Parameter 'value' of handler 'Handlers.Handle' has type '{type}', which could come from more than one part of the request: a {method} request carries no body, so {change}");
    }

    [Fact]
    public void MH0015_bytes_as_sent_on_a_GET_route_come_from_the_query_string_or_a_header()
    {
        DiagnosticAssert.Single(
            "using MiniHttp;\npublic static class Handlers { [Get(\"/x\")] public static int Handle(System.ReadOnlySpan<byte> value) => 1; }",
            "MH0015",
            line: 2,
            located: "value",
            "Parameter 'value' of handler 'Handlers.Handle' has type 'System.ReadOnlySpan<byte>', which could come from more than one part of the request: mark it [FromQuery] or [FromHeader(\"Name\")] to take those bytes as they are sent");
    }

    [Fact]
    public void MH0016_a_parameter_binds_from_one_place()
    {
        DiagnosticAssert.Single(
            """
            using MiniHttp;

            public static class Handlers
            {
                [Get("/x")]
                public static int Handle([FromQuery, FromHeader("X-Count")] int count) => count;
            }
            """,
            "MH0016",
            line: 6,
            located: "count",
            "Parameter 'count' of handler 'Handlers.Handle' is marked both [FromQuery] and [FromHeader]: a parameter binds from one place, so keep one of them");
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"a b\"")]
    [InlineData("\"a&b\"")]
    [InlineData("\"a=b\"")]
    [InlineData("\"a+b\"")]
    [InlineData("\"a%20b\"")]
    [InlineData("\"caf\\u00e9\"")]
    [InlineData("null!")]
    public void MH0017_a_query_name_is_sent_as_it_is(string name)
    {
        var quoted = name == "null!" ? "null" : Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(System.Text.RegularExpressions.Regex.Unescape(name[1..^1]), quote: true);
        DiagnosticAssert.Single(
            $"using MiniHttp;\npublic static class Handlers {{ [Get(\"/x\")] public static int Handle([FromQuery({name})] int value) => value; }}",
            "MH0017",
            line: 2,
            located: "value",
            $"Query name {quoted} of parameter 'value' of handler 'Handlers.Handle' cannot match a query string as clients send it: use one or more letters, digits or -._~!$'()*,;:@/? (clients percent-encode anything else, and &, = and + have meanings of their own)");
    }

    [Theory]
    [InlineData("[FromHeader(\"X Count\")] int value", "\"X Count\"")]
    [InlineData("[FromHeader(\"\")] int value", "\"\"")]
    [InlineData("[FromHeader(\"X-Count:\")] int value", "\"X-Count:\"")]
    [InlineData("[FromHeader] int caf\u00e9", "\"caf\u00e9\"")]
    public void MH0018_a_header_name_is_a_field_name(string parameter, string quoted)
    {
        var name = parameter.EndsWith("value", System.StringComparison.Ordinal) ? "value" : "caf\u00e9";
        DiagnosticAssert.Single(
            $"using MiniHttp;\npublic static class Handlers {{ [Get(\"/x\")] public static int Handle({parameter}) => 1; }}",
            "MH0018",
            line: 2,
            located: name,
            $"Header name {quoted} of parameter '{name}' of handler 'Handlers.Handle' is not a header field name: use one or more letters, digits or !#$%&'*+-.^_`|~, such as \"X-Count\"");
    }

    [Fact]
    public void MH0019_a_json_parameter_type_is_listed_in_the_context()
    {
        DiagnosticAssert.Single(
            $$"""
            using MiniHttp;
            using System.Text.Json.Serialization;
            [assembly: JsonContext(typeof(AppJsonContext))]
            public sealed record Order(int Id);
            public sealed record Invoice(int Id);
            [JsonSerializable(typeof(Invoice))]
            {{Context}}
            public static class Handlers
            {
                [Post("/orders")]
                public static int Add([FromBody] Order? order) => 1;
            }
            """,
            "MH0019",
            line: 11,
            located: "order",
            "Parameter 'order' of handler 'Handlers.Add' has type 'Order', which is JSON but not listed in the JSON context 'AppJsonContext': add [JsonSerializable(typeof(Order))] to 'AppJsonContext'");
    }

    [Fact]
    public void MH0019_a_json_result_type_is_listed_in_the_context()
    {
        DiagnosticAssert.Single(
            $$"""
            using MiniHttp;
            using System.Collections.Generic;
            using System.Text.Json.Serialization;
            [assembly: JsonContext(typeof(AppJsonContext))]
            public sealed record Order(int Id);
            [JsonSerializable(typeof(Order))]
            {{Context}}
            public static class Handlers
            {
                [Get("/orders")]
                public static List<Order> All() => [];
            }
            """,
            "MH0019",
            line: 11,
            located: "All",
            "Handler 'Handlers.All' returns 'System.Collections.Generic.List<Order>', which is JSON but not listed in the JSON context 'AppJsonContext': add [JsonSerializable(typeof(System.Collections.Generic.List<Order>))] to 'AppJsonContext'");
    }

    [Theory]
    [InlineData("[Post(\"/x\")] public static int Handle([FromBody] Order order) => 1;", "order", "Parameter 'order' of handler 'Handlers.Handle' has type")]
    [InlineData("[Get(\"/x\")] public static Order Handle() => new(1);", "Handle", "Handler 'Handlers.Handle' returns")]
    public void MH0020_json_needs_a_context(string handler, string located, string subject)
    {
        DiagnosticAssert.Single(
            $"using MiniHttp;\npublic sealed record Order(int Id);\npublic static class Handlers {{ {handler} }}",
            "MH0020",
            line: 3,
            located: located,
            $"{subject} 'Order', which is JSON, but the assembly names no JSON context: declare a partial class deriving from JsonSerializerContext with [JsonSerializable(typeof(Order))], and name it with [assembly: MiniHttp.JsonContext(typeof(TheContext))]");
    }

    [Fact]
    public void MH0021_the_json_context_is_a_json_serializer_context()
    {
        DiagnosticAssert.Single(
            """
            using MiniHttp;
            [assembly: JsonContext(typeof(Handlers))]
            public sealed record Order(int Id);
            public static class Handlers
            {
                [Post("/a")] public static int A([FromBody] Order order) => 1;
                [Get("/b")] public static Order B() => new(1);
            }
            """,
            "MH0021",
            line: 2,
            located: "typeof(Handlers)",
            "The JSON context 'Handlers' is not a JsonSerializerContext the generated router can use: name a public or internal partial class deriving from System.Text.Json.Serialization.JsonSerializerContext");
    }

    [Fact]
    public void MH0021_the_json_context_is_reachable_from_generated_code()
    {
        DiagnosticAssert.Single(
            """
            using MiniHttp;
            [assembly: JsonContext(typeof(AppJsonContext))]
            public sealed record Order(int Id);
            file abstract class AppJsonContext() : System.Text.Json.Serialization.JsonSerializerContext(null);
            public static class Handlers
            {
                [Post("/a")] public static int A([FromBody] Order order) => 1;
            }
            """,
            "MH0021",
            line: 2,
            located: "typeof(AppJsonContext)",
            "The JSON context 'AppJsonContext' is not a JsonSerializerContext the generated router can use: name a public or internal partial class deriving from System.Text.Json.Serialization.JsonSerializerContext");
    }

    [Fact]
    public void A_listed_type_binds_whatever_its_nullability_and_property_name()
    {
        var run = Infrastructure.GeneratorHarness.Run(
            $$"""
            using MiniHttp;
            using System.Text.Json.Serialization;
            [assembly: JsonContext(typeof(AppJsonContext))]
            public sealed record Order(int Id);
            [JsonSerializable(typeof(Order), TypeInfoPropertyName = "Purchase")]
            [JsonSerializable(typeof(int[][]))]
            {{Context}}
            public static class Handlers
            {
                [Post("/a")] public static int A([FromBody] Order? order) => 1;
                [Post("/b")] public static int B([FromBody] int[][] grid) => 1;
            }
            """);

        Assert.Empty(run.Diagnostics);
        Assert.Contains("global::AppJsonContext.Default.Purchase, out var value_order", run.GeneratedSource, System.StringComparison.Ordinal);
        Assert.Contains("global::AppJsonContext.Default.Int32ArrayArray, out var arg_grid", run.GeneratedSource, System.StringComparison.Ordinal);
    }
}

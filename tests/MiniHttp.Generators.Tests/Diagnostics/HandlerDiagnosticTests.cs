using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Diagnostics;

/// <summary>MH0001–MH0006: methods that cannot be handlers, each pointed at where the change is needed.</summary>
public sealed class HandlerDiagnosticTests
{
    [Theory]
    [InlineData("public struct Handlers { [Get(\"/x\")] public int Instance() => 1; }", "Handlers")]
    [InlineData("public record struct Handlers { [Get(\"/x\")] public int Instance() => 1; }", "Handlers")]
    [InlineData("public abstract class Handlers { [Get(\"/x\")] public int Instance() => 1; }", "Handlers")]
    [InlineData("public interface Handlers { [Get(\"/x\")] public int Instance() => 1; }", "Handlers")]
    public void MH0001_an_instance_handler_must_be_in_a_non_abstract_class(string handlers, string type)
    {
        DiagnosticAssert.Single(
            "using MiniHttp;\n" + handlers,
            "MH0001",
            line: 2,
            located: "Instance",
            $"Handler 'Handlers.Instance' is an instance method of '{type}', which is not a non-abstract class: make the handler static, or declare it in a class the application constructs and passes to the Router");
    }

    [Fact]
    public void MH0001_is_reported_once_for_a_handler_with_several_verbs()
    {
        DiagnosticAssert.Single(
            """
            using MiniHttp;

            public struct Handlers
            {
                [Get("/x"), Post("/x")]
                public int Instance() => 1;
            }
            """,
            "MH0001",
            line: 6,
            located: "Instance",
            "Handler 'Handlers.Instance' is an instance method of 'Handlers', which is not a non-abstract class: make the handler static, or declare it in a class the application constructs and passes to the Router");
    }

    [Theory]
    [InlineData("public class Handlers { [Get(\"/x\")] public int Instance() => 1; }")]
    [InlineData("public sealed class Handlers(string name) { [Get(\"/x\")] public string Instance() => name; [Get(\"/y\")] public static int Static() => 1; }")]
    [InlineData("public record Handlers(int Value) { [Get(\"/x\")] public int Instance() => Value; }")]
    [InlineData("public abstract class Handlers { [Get(\"/x\")] public static int Static() => 1; }")]
    [InlineData("public struct Handlers { [Get(\"/x\")] public static int Static() => 1; }")]
    public void An_instance_handler_in_a_class_and_a_static_handler_anywhere_are_fine(string handlers)
    {
        var run = GeneratorHarness.Run("using MiniHttp;\n" + handlers);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void MH0003_an_instance_handlers_class_must_not_be_generic()
    {
        DiagnosticAssert.Single(
            "using MiniHttp;\npublic class Handlers<T> { [Get(\"/x\")] public int Generic() => 1; }",
            "MH0003",
            line: 2,
            located: "Generic",
            "Handler 'Handlers<T>.Generic' must not be generic nor declared in a generic type: the generated router cannot choose type arguments");
    }

    [Theory]
    [InlineData("public static class Outer { private class Handlers { [Get(\"/x\")] public int Hidden() => 1; } }", "Outer.Handlers.Hidden")]
    [InlineData("file class Handlers { [Get(\"/x\")] public int Hidden() => 1; }", "Handlers.Hidden")]
    public void MH0002_an_instance_handlers_class_must_be_accessible_from_generated_code(string handlers, string name)
    {
        DiagnosticAssert.Single(
            "using MiniHttp;\n" + handlers,
            "MH0002",
            line: 2,
            located: "Hidden",
            $"Handler '{name}' cannot be called from the generated router: make it a public or internal method, declared in types that are all public or internal (not private, protected or file-local)");
    }

    [Theory]
    [InlineData("public static class Handlers { [Get(\"/x\")] private static int Hidden() => 1; }", "Handlers.Hidden")]
    [InlineData("public static class Handlers { [Get(\"/x\")] static int Hidden() => 1; }", "Handlers.Hidden")]
    [InlineData("public class Handlers { [Get(\"/x\")] protected static int Hidden() => 1; }", "Handlers.Hidden")]
    [InlineData("public static class Outer { private static class Handlers { [Get(\"/x\")] public static int Hidden() => 1; } }", "Outer.Handlers.Hidden")]
    [InlineData("file static class Handlers { [Get(\"/x\")] public static int Hidden() => 1; }", "Handlers.Hidden")]
    public void MH0002_a_handler_must_be_accessible_from_generated_code(string handlers, string name)
    {
        DiagnosticAssert.Single(
            "using MiniHttp;\n" + handlers,
            "MH0002",
            line: 2,
            located: "Hidden",
            $"Handler '{name}' cannot be called from the generated router: make it a public or internal method, declared in types that are all public or internal (not private, protected or file-local)");
    }

    [Fact]
    public void MH0002_a_local_function_cannot_be_a_handler()
    {
        DiagnosticAssert.Single(
            """
            using MiniHttp;

            public static class Handlers
            {
                public static int Outer()
                {
                    return Local();

                    [Get("/x")]
                    static int Local() => 1;
                }
            }
            """,
            "MH0002",
            line: 10,
            located: "Local",
            "Handler 'Local' cannot be called from the generated router: make it a public or internal method, declared in types that are all public or internal (not private, protected or file-local)");
    }

    [Theory]
    [InlineData("public static class Handlers { [Get(\"/x\")] public static int Generic<T>() => 1; }", "Handlers.Generic<T>")]
    [InlineData("public static class Handlers<T> { [Get(\"/x\")] public static int Generic() => 1; }", "Handlers<T>.Generic")]
    public void MH0003_a_handler_must_not_be_generic(string handlers, string name)
    {
        DiagnosticAssert.Single(
            "using MiniHttp;\n" + handlers,
            "MH0003",
            line: 2,
            located: "Generic",
            $"Handler '{name}' must not be generic nor declared in a generic type: the generated router cannot choose type arguments");
    }

    [Theory]
    [InlineData("System.Action value", "System.Action", "query string", "use int, long, short, uint, ulong, double, decimal, bool, Guid, DateTime, DateTimeOffset, DateOnly, TimeOnly, an enum, string or ReadOnlySpan<byte>")]
    [InlineData("[FromQuery] byte[] value", "byte[]", "query string", "use int, long, short, uint, ulong, double, decimal, bool, Guid, DateTime, DateTimeOffset, DateOnly, TimeOnly, an enum, string or ReadOnlySpan<byte>, or mark it [FromBody]")]
    [InlineData("[FromHeader(\"X-Value\")] System.Collections.Generic.List<int> value", "System.Collections.Generic.List<int>", "headers", "use int, long, short, uint, ulong, double, decimal, bool, Guid, DateTime, DateTimeOffset, DateOnly, TimeOnly, an enum, string or ReadOnlySpan<byte>")]
    [InlineData("[FromBody] System.Span<int> value", "System.Span<int>", "request body", "use int, long, short, uint, ulong, double, decimal, bool, Guid, DateTime, DateTimeOffset, DateOnly, TimeOnly, an enum, string or ReadOnlySpan<byte>, byte[] or a class, struct or array listed in the JSON context")]
    [InlineData("[FromBody] MiniHttp.HttpRequest value", "MiniHttp.HttpRequest", "request body", "remove [FromBody]: a parameter of type HttpRequest receives the request itself")]
    [InlineData("[FromQuery] System.Threading.CancellationToken value", "System.Threading.CancellationToken", "query string", "remove [FromQuery]: a CancellationToken is cancelled when the client leaves")]
    [InlineData("[FromHeader(\"X-Value\")] System.IO.Stream value", "System.IO.Stream", "headers", "mark it [FromBody] or nothing: a Stream reads the body as it arrives")]
    [InlineData("[FromQuery] System.IO.Pipelines.PipeReader value", "System.IO.Pipelines.PipeReader", "query string", "mark it [FromBody] or nothing: a PipeReader reads the body as it arrives")]
    [InlineData("MiniHttp.HttpResult value", "MiniHttp.HttpResult", "query string", "return the HttpResult instead: it is a result")]
    [InlineData("ref int value", "ref int", "query string", "use a parameter passed by value (without ref, in or out)")]
    [InlineData("[FromBody] in int value", "in int", "request body", "use a parameter passed by value (without ref, in or out)")]
    [InlineData("in MiniHttp.HttpRequest value", "in MiniHttp.HttpRequest", "query string", "use a parameter passed by value (without ref, in or out)")]
    public void MH0004_a_parameter_must_have_a_type_that_binds_from_its_source(string parameter, string type, string source, string change)
    {
        DiagnosticAssert.Single(
            $"using MiniHttp;\npublic static class Handlers {{ [Post(\"/x\")] public static int Handle(int ok, {parameter}) => 1; }}",
            "MH0004",
            line: 2,
            located: "value",
            $"Parameter 'value' of handler 'Handlers.Handle' has type '{type}', which cannot be bound from the {source}: {change}");
    }

    [Theory]
    [InlineData("int?", "int?")]
    [InlineData("System.DayOfWeek", "System.DayOfWeek")]
    [InlineData("System.Threading.Tasks.Task<int?>", "System.Threading.Tasks.Task<int?>")]
    [InlineData("System.Threading.Tasks.ValueTask<System.DayOfWeek>", "System.Threading.Tasks.ValueTask<System.DayOfWeek>")]
    [InlineData("System.Threading.CancellationToken", "System.Threading.CancellationToken")]
    [InlineData("MiniHttp.HttpRequest", "MiniHttp.HttpRequest")]
    [InlineData("System.Span<int>", "System.Span<int>")]
    [InlineData("System.DateTime", "System.DateTime")]
    [InlineData("System.Threading.Tasks.Task<System.DateOnly?>", "System.Threading.Tasks.Task<System.DateOnly?>")]
    public void MH0005_a_handler_must_return_a_type_that_can_be_written(string returnType, string shown)
    {
        DiagnosticAssert.Single(
            $"using MiniHttp;\npublic static class Handlers {{ [Get(\"/x\")] public static {returnType} Handle() => throw new System.NotSupportedException(); }}",
            "MH0005",
            line: 2,
            located: "Handle",
            $"Handler 'Handlers.Handle' returns '{shown}', which cannot be written as a response: return void, string, int, long, short, uint, ulong, double, decimal, bool, Guid, ReadOnlySpan<byte>, byte[], a type listed in the JSON context, HttpResult or StreamedResult, or a Task or ValueTask of one of them");
    }

    [Theory]
    [InlineData("System.TimeSpan")]
    [InlineData("System.TimeSpan?")]
    [InlineData("char")]
    [InlineData("float")]
    [InlineData("System.Uri")]
    [InlineData("System.Int128")]
    public void MH0004_a_single_value_the_generator_does_not_parse_is_not_sent_as_a_body(string type)
    {
        DiagnosticAssert.Single(
            $"using MiniHttp;\npublic static class Handlers {{ [Get(\"/x\")] public static int Handle({type} value) => 1; }}",
            "MH0004",
            line: 2,
            located: "value",
            $"Parameter 'value' of handler 'Handlers.Handle' has type '{type}', which cannot be bound from the query string: use int, long, short, uint, ulong, double, decimal, bool, Guid, DateTime, DateTimeOffset, DateOnly, TimeOnly, an enum, string or ReadOnlySpan<byte>, or take it as a string and parse it in the handler");
    }

    [Theory]
    [InlineData("public interface IResult;", "IResult", "IResult")]
    [InlineData("public interface IActionResult;", "System.Threading.Tasks.Task<IActionResult>", "System.Threading.Tasks.Task<IActionResult>")]
    [InlineData("public abstract class ApiResult;", "ApiResult", "ApiResult")]
    public void MH0031_an_abstract_result_is_not_written_as_json(string declaration, string returnType, string shown)
    {
        DiagnosticAssert.Single(
            $$"""
            using MiniHttp;
            using System.Text.Json.Serialization;
            [assembly: JsonContext(typeof(AppJsonContext))]
            {{declaration}}
            [JsonSerializable(typeof(int[]))]
            public abstract class AppJsonContext() : JsonSerializerContext(null);
            public static class Handlers { [Get("/x")] public static {{returnType}} Handle() => throw new System.NotSupportedException(); }
            """,
            "MH0031",
            line: 7,
            located: "Handle",
            $"Handler 'Handlers.Handle' returns '{shown}', an interface or abstract class of results, which names no status or body the generator can write: return a typed result (TypedResults.Ok(value), NotFound(), a Results<Ok<T>, NotFound> union), HttpResult for a status, headers and body of your own, or the value itself to answer 200 with it");
    }

    [Fact]
    public void MH0006_a_handler_binds_at_most_one_parameter_from_the_body()
    {
        DiagnosticAssert.Single(
            """
            using MiniHttp;

            public static class Handlers
            {
                [Post("/x")]
                public static int Handle(
                    [FromBody] int first,
                    [FromBody] int second) => first + second;
            }
            """,
            "MH0006",
            line: 8,
            located: "second",
            "Handler 'Handlers.Handle' has more than one [FromBody] parameter: the body binds only one, so bind 'second' from the query string instead");
    }
}

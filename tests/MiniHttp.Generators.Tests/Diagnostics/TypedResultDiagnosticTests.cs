namespace MiniHttp.Generators.Tests.Diagnostics;

/// <summary>
/// A typed result's JSON body is checked against the context at compile time, as a JSON result is (MH0019, MH0020);
/// a union that lists a result twice (MH0032) and a typed result the generator cannot write (MH0033) are errors.
/// </summary>
public sealed class TypedResultDiagnosticTests
{
    [Theory]
    [InlineData("Ok<Order>", "Ok<Order>")]
    [InlineData("Results<NotFound, Created<Order>>", "Results<NotFound, Created<Order>>")]
    [InlineData("System.Threading.Tasks.Task<Results<Ok<Order>, NotFound>>", "Results<Ok<Order>, NotFound>")]
    public void MH0019_a_typed_result_s_body_is_listed_in_the_context(string returnType, string shown)
    {
        DiagnosticAssert.Single(
            $$"""
            using MiniHttp;
            using MiniHttp.HttpResults;
            using System.Text.Json.Serialization;
            [assembly: JsonContext(typeof(AppJsonContext))]
            public sealed record Order(int Id);
            [JsonSerializable(typeof(int))]
            public abstract class AppJsonContext() : JsonSerializerContext(null);
            public static class Handlers
            {
                [Get("/orders")]
                public static {{returnType}} Find() => throw new System.NotSupportedException();
            }
            """,
            "MH0019",
            line: 11,
            located: "Find",
            $"Handler 'Handlers.Find' returns 'MiniHttp.HttpResults.{shown.Replace("<", "<MiniHttp.HttpResults.", System.StringComparison.Ordinal).Replace(", ", ", MiniHttp.HttpResults.", System.StringComparison.Ordinal).Replace("MiniHttp.HttpResults.Order", "Order", System.StringComparison.Ordinal)}' with a body of type 'Order', which is JSON but not listed in the JSON context 'AppJsonContext': add [JsonSerializable(typeof(Order))] to 'AppJsonContext'");
    }

    [Fact]
    public void MH0020_a_typed_result_s_body_needs_a_context()
    {
        DiagnosticAssert.Single(
            "using MiniHttp;\nusing MiniHttp.HttpResults;\npublic sealed record Order(int Id);\npublic static class Handlers { [Get(\"/x\")] public static Ok<Order> Handle() => TypedResults.Ok(new Order(1)); }",
            "MH0020",
            line: 4,
            located: "Handle",
            "Handler 'Handlers.Handle' returns 'MiniHttp.HttpResults.Ok<Order>' with a body of type 'Order', which is JSON, but the assembly names no JSON context: declare a partial class deriving from JsonSerializerContext with [JsonSerializable(typeof(Order))], and name it with [assembly: MiniHttp.JsonContext(typeof(TheContext))]");
    }

    [Fact]
    public void A_bodiless_typed_result_needs_no_context()
    {
        var run = Infrastructure.GeneratorHarness.Run(
            "using MiniHttp;\nusing MiniHttp.HttpResults;\npublic static class Handlers { [Get(\"/x\")] public static Results<NoContent, NotFound> Handle() => TypedResults.NotFound(); }");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void MH0032_a_union_lists_each_result_once()
    {
        DiagnosticAssert.Single(
            "using MiniHttp;\nusing MiniHttp.HttpResults;\npublic static class Handlers { [Get(\"/x\")] public static Results<NotFound, Ok, NotFound> Handle() => TypedResults.Ok(); }",
            "MH0032",
            line: 3,
            located: "Handle",
            "Handler 'Handlers.Handle' returns 'MiniHttp.HttpResults.Results<MiniHttp.HttpResults.NotFound, MiniHttp.HttpResults.Ok, MiniHttp.HttpResults.NotFound>', which lists 'MiniHttp.HttpResults.NotFound' more than once: a value of it would convert to either case, so list each result once");
    }

    [Theory]
    [InlineData("Teapot", "Teapot")]
    [InlineData("Results<Ok, Teapot>", "Teapot")]
    public void MH0033_a_typed_result_is_one_the_generator_writes(string returnType, string unknown)
    {
        DiagnosticAssert.Single(
            $$"""
            using MiniHttp;
            using MiniHttp.HttpResults;
            public readonly struct Teapot : ITypedResult { public int StatusCode => 418; }
            public static class Handlers { [Get("/x")] public static {{returnType}} Handle() => default(Teapot); }
            """,
            "MH0033",
            line: 4,
            located: "Handle",
            $"Handler 'Handlers.Handle' returns '{unknown}', an ITypedResult the generator does not know how to write: return one of TypedResults' results (Ok, Created, Accepted, NoContent, BadRequest, NotFound, Conflict, UnprocessableEntity, RedirectHttpResult, ProblemHttpResult, ValidationProblem), or HttpResult for a response of your own");
    }
}

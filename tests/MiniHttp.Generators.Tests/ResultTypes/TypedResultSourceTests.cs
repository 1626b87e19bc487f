using System.Linq;
using MiniHttp.Generators.Model;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.ResultTypes;

/// <summary>
/// The source emitted for typed results and unions of them (a direct <c>WriteTo</c> per case, a switch on the union's
/// case), compared with the committed snapshot; and the responses the handler model lists for each route.
/// </summary>
public sealed class TypedResultSourceTests
{
    private const string Source = """
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using System.Threading.Tasks;
        using MiniHttp;
        using MiniHttp.HttpResults;

        [assembly: JsonContext(typeof(AppJsonContext))]

        public sealed record Todo(int Id, string Title);
        public sealed record Error(string Message);

        [JsonSerializable(typeof(Todo))]
        [JsonSerializable(typeof(Error))]
        internal partial class AppJsonContext : JsonSerializerContext;

        public static class Todos
        {
            [Get("/todos/{id}")]
            public static Results<Ok<Todo>, NotFound> Find(int id) => TypedResults.NotFound();

            [Post("/todos")]
            public static async Task<Results<Created<Todo>, BadRequest<Error>, ValidationProblem>> Create([FromBody] Todo todo) =>
                TypedResults.Created("/todos/1", await Task.FromResult(todo));

            [Delete("/todos/{id}")]
            public static NoContent Delete(int id) => TypedResults.NoContent();

            [Get("/todos/{id}/first")]
            public static Ok<Todo> First(int id) => TypedResults.Ok(new Todo(id, "a"));

            [Get("/old")]
            public static RedirectHttpResult Old() => TypedResults.Redirect("/todos", permanent: true);

            [Get("/broken")]
            public static ProblemHttpResult Broken() => TypedResults.Problem(statusCode: 503);

            [Get("/count")]
            public static int Count() => 1;
        }
        """;

    [Fact]
    public void Typed_results_and_unions()
    {
        var run = GeneratorHarness.Run(Source);

        Assert.Empty(run.Diagnostics);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void The_model_lists_each_route_s_responses_for_the_openapi_document()
    {
        var run = GeneratorHarness.Run(Source);
        var table = (RouteTable)run.Result.TrackedSteps[TrackingNames.RouteTable].Single().Outputs.Single().Value;
        string Responses(string method, string path) => string.Join(
            "; ",
            table.Routes.Single(route => route.Method == method && route.Path == path).Handler.Responses
                .Select(static response => $"{response.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} {response.BodyType ?? "-"} {response.ContentType ?? "-"}"));

        Assert.Equal("200 global::Todo application/json; 404 - -", Responses("GET", "/todos/{id}"));
        Assert.Equal(
            "201 global::Todo application/json; 400 global::Error application/json; 400 - application/problem+json",
            Responses("POST", "/todos"));
        Assert.Equal("204 - -", Responses("DELETE", "/todos/{id}"));
        Assert.Equal("200 global::Todo application/json", Responses("GET", "/todos/{id}/first"));
        Assert.Equal("? - -", Responses("GET", "/old"));
        Assert.Equal("? - application/problem+json", Responses("GET", "/broken"));
        Assert.Equal("200 int text/plain", Responses("GET", "/count"));
    }
}

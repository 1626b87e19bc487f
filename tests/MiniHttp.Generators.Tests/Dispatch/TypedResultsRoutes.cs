using System.Collections.Generic;
using System.Threading.Tasks;
using MiniHttp.HttpResults;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>A typed result's body; listed in <see cref="BindingJsonContext"/>.</summary>
public sealed record Todo(int Id, string Title);

/// <summary>Handlers that answer with typed results: one result, a union of them, and through a task.</summary>
public static class TypedResultsRoutes
{
    public static readonly Todo Cached = new(1, "tea");

    private static readonly Dictionary<string, string[]> s_errors = new() { ["title"] = ["The title is required."], ["id"] = ["Too small.", "Odd."] };

    [Get("/results/todos/{id}")]
    public static Results<Ok<Todo>, NotFound> Find(int id) => id == Cached.Id ? TypedResults.Ok(Cached) : TypedResults.NotFound();

    [Post("/results/todos")]
    public static Results<Created<Todo>, BadRequest<Order>, Conflict> Create([FromBody] Todo todo) => todo.Id switch
    {
        < 0 => TypedResults.BadRequest(new Order("id", todo.Id)),
        1 => TypedResults.Conflict(),
        _ => TypedResults.Created($"/todos/{todo.Id}", todo),
    };

    [Get("/results/later/{id}")]
    public static async Task<Results<Ok<Todo>, NotFound<Order>>> FindLater(int id)
    {
        await Task.Yield();
        return id == Cached.Id ? TypedResults.Ok(Cached) : TypedResults.NotFound(new Order("todo", id));
    }

    [Get("/results/now")]
    public static ValueTask<Ok<Todo>> FindNow() => ValueTask.FromResult(TypedResults.Ok(Cached));

    [Get("/results/ok")]
    public static Ok Ok() => TypedResults.Ok();

    [Get("/results/accepted")]
    public static Results<Accepted, Accepted<Todo>> Accept(bool withBody) =>
        withBody ? TypedResults.Accepted("/queue/1", Cached) : TypedResults.Accepted();

    [Delete("/results/todos/{id}")]
    public static NoContent Delete(int id) => TypedResults.NoContent();

    [Get("/results/unprocessable")]
    public static Results<UnprocessableEntity, UnprocessableEntity<Order>> Unprocessable(bool withBody) =>
        withBody ? TypedResults.UnprocessableEntity(new Order("x", 0)) : TypedResults.UnprocessableEntity();

    [Get("/results/redirect")]
    public static RedirectHttpResult Redirect(bool permanent, bool preserveMethod) => TypedResults.Redirect("/new", permanent, preserveMethod);

    [Get("/results/redirect-header")]
    public static RedirectHttpResult RedirectInjected(string to) => TypedResults.Redirect(to);

    [Get("/results/problem")]
    public static ProblemHttpResult Problem() => TypedResults.Problem("Out of tea.", statusCode: 503);

    [Get("/results/problem-default")]
    public static ProblemHttpResult DefaultProblem() => TypedResults.Problem();

    [Get("/results/validation")]
    public static Results<Ok<Todo>, ValidationProblem> Validate() => TypedResults.ValidationProblem(s_errors);

    [Get("/results/none")]
    public static Results<Ok, NotFound> None() => default;

    [Get("/results/six/{n}")]
    public static Results<Ok, NoContent, NotFound, BadRequest, Conflict, UnprocessableEntity> Six(int n) => n switch
    {
        1 => TypedResults.Ok(),
        2 => TypedResults.NoContent(),
        3 => TypedResults.NotFound(),
        4 => TypedResults.BadRequest(),
        5 => TypedResults.Conflict(),
        _ => TypedResults.UnprocessableEntity(),
    };
}

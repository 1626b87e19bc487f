using System;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using MiniHttp;
using MiniHttp.HttpResults;

[assembly: JsonContext(typeof(Todo.TodoJsonContext))]
[assembly: OpenApi("/openapi.json", Title = "Todo API", Version = "1.0", Description = "A to-do list over HTTP, as JSON.")]

namespace Todo;

/// <summary>
/// The to-do list over HTTP, as JSON, under <c>/todos</c>: created by the router from services (its constructor's store
/// and settings are singletons, resolved once); the routes that change the list take a scoped <see cref="TodoAudit"/>.
/// Reading is open to anyone; changing needs the API key (<see cref="ApiKeyFilter"/>). Browsers may call it from
/// <see cref="TodoApp.WebOrigin"/>. Arguments and bodies are validated by their attributes before a handler runs; a
/// failure is a <c>400</c> validation problem listing every member at fault.
/// </summary>
[RouteGroup("/todos")]
[RouteFilter<ApiKeyFilter>]
[Cors(TodoApp.WebOrigin, AllowedHeaders = ["Content-Type", ApiKeyFilter.Header])]
public sealed class TodoRoutes(TodoStore store, TodoSettings settings)
{
    /// <summary>Lists the to-dos, a page at a time.</summary>
    /// <param name="offset">How many to-dos to skip.</param>
    /// <param name="limit">The most to-dos the page holds, at most the configured maximum.</param>
    [Get("/")]
    public Ok<TodoPage> List([Range(0, int.MaxValue)] int offset = 0, [Range(1, int.MaxValue)] int limit = 20) =>
        TypedResults.Ok(store.Page(offset, Math.Min(limit, settings.MaxPageSize)));

    /// <summary>Reads one to-do.</summary>
    [Get("/{id:int}")]
    public Results<Ok<TodoItem>, ProblemHttpResult> Get(int id) =>
        store.Find(id) is { } item ? TypedResults.Ok(item) : NotFound(id);

    /// <summary>Adds a to-do, not done yet.</summary>
    [Post("/")]
    public Created<TodoItem> Create([FromBody] NewTodo todo, [FromServices(ServiceLifetime.Scoped)] TodoAudit audit)
    {
        var item = store.Add(todo.Title!.Trim());
        audit.Record($"created {item.Id}");
        return TypedResults.Created($"/todos/{item.Id}", item);
    }

    /// <summary>Changes a to-do's title or whether it is done; what the body leaves out stays as it is.</summary>
    [Patch("/{id:int}")]
    public Results<Ok<TodoItem>, ProblemHttpResult> Change(int id, [FromBody] TodoChange change, [FromServices(ServiceLifetime.Scoped)] TodoAudit audit)
    {
        if (store.Update(id, change) is not { } item)
        {
            return NotFound(id);
        }

        audit.Record($"changed {id}");
        return TypedResults.Ok(item);
    }

    /// <summary>Removes a to-do.</summary>
    [Delete("/{id:int}")]
    public Results<NoContent, ProblemHttpResult> Delete(int id, [FromServices(ServiceLifetime.Scoped)] TodoAudit audit)
    {
        if (!store.Remove(id))
        {
            return NotFound(id);
        }

        audit.Record($"deleted {id}");
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult NotFound(int id) => TypedResults.Problem($"There is no to-do {id}.", statusCode: 404);
}

/// <summary>What a load balancer or orchestrator asks: a static handler that takes the store as a singleton.</summary>
public static class HealthRoutes
{
    /// <summary>Says the service is up, and how many to-dos it holds.</summary>
    [Get("/health")]
    public static Health Check([FromServices] TodoStore store) => new("ok", store.Count);
}

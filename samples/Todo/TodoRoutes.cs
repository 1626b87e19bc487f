using System;
using Microsoft.Extensions.DependencyInjection;
using MiniHttp;

[assembly: JsonContext(typeof(Todo.TodoJsonContext))]
[assembly: OpenApi("/openapi.json", Title = "Todo API", Version = "1.0", Description = "A to-do list over HTTP, as JSON.")]

namespace Todo;

/// <summary>
/// The to-do list over HTTP, as JSON: created by the router from services (its constructor's store and settings are
/// singletons, resolved once); the routes that change the list take a scoped <see cref="TodoAudit"/>.
/// </summary>
public sealed class TodoRoutes(TodoStore store, TodoSettings settings)
{
    private static TodoJsonContext Json => TodoJsonContext.Default;

    [Get("/todos")]
    public HttpResult List(int offset = 0, int limit = 20)
    {
        if (offset < 0 || limit < 1)
        {
            return HttpResult.Json(400, new Problem("offset must be 0 or more, and limit 1 or more."), Json.Problem);
        }

        return HttpResult.Json(store.Page(offset, Math.Min(limit, settings.MaxPageSize)), Json.TodoPage);
    }

    [Get("/todos/{id:int}")]
    public HttpResult Get(int id) =>
        store.Find(id) is { } item ? HttpResult.Json(item, Json.TodoItem) : NotFound(id);

    [Post("/todos")]
    public HttpResult Create([FromBody] NewTodo todo, [FromServices(ServiceLifetime.Scoped)] TodoAudit audit)
    {
        if (string.IsNullOrWhiteSpace(todo.Title))
        {
            return HttpResult.Json(400, new Problem("title is required."), Json.Problem);
        }

        var item = store.Add(todo.Title.Trim());
        audit.Record($"created {item.Id}");
        return HttpResult.Json(201, item, Json.TodoItem).WithHeader("Location", $"/todos/{item.Id}");
    }

    [Patch("/todos/{id:int}")]
    public HttpResult Change(int id, [FromBody] TodoChange change, [FromServices(ServiceLifetime.Scoped)] TodoAudit audit)
    {
        if (change.Title is { } title && string.IsNullOrWhiteSpace(title))
        {
            return HttpResult.Json(400, new Problem("title must not be empty."), Json.Problem);
        }

        if (store.Update(id, change) is not { } item)
        {
            return NotFound(id);
        }

        audit.Record($"changed {id}");
        return HttpResult.Json(item, Json.TodoItem);
    }

    [Delete("/todos/{id:int}")]
    public HttpResult Delete(int id, [FromServices(ServiceLifetime.Scoped)] TodoAudit audit)
    {
        if (!store.Remove(id))
        {
            return NotFound(id);
        }

        audit.Record($"deleted {id}");
        return HttpResult.Status(204);
    }

    private static HttpResult NotFound(int id) => HttpResult.Json(404, new Problem($"There is no to-do {id}."), Json.Problem);
}

/// <summary>What a load balancer or orchestrator asks: a static handler that takes the store as a singleton.</summary>
public static class HealthRoutes
{
    [Get("/health")]
    public static Health Check([FromServices] TodoStore store) => new("ok", store.Count);
}

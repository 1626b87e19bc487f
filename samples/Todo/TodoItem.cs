using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Todo;

/// <summary>One to-do, as stored and as sent.</summary>
public sealed record TodoItem(int Id, string Title, bool Done, DateTimeOffset CreatedAt);

/// <summary>The body of <c>POST /todos</c>.</summary>
public sealed record NewTodo(string? Title);

/// <summary>The body of <c>PATCH /todos/{id}</c>: the fields to change, the others left out.</summary>
public sealed record TodoChange(string? Title, bool? Done);

/// <summary>One page of <c>GET /todos</c>: the items from <see cref="Offset"/>, at most <see cref="Limit"/>, of <see cref="Total"/>.</summary>
public sealed record TodoPage(IReadOnlyList<TodoItem> Items, int Offset, int Limit, int Total);

/// <summary>The body of <c>GET /health</c>.</summary>
public sealed record Health(string Status, int Todos);

/// <summary>A client's mistake, as JSON.</summary>
public sealed record Problem(string Error);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(TodoItem))]
[JsonSerializable(typeof(NewTodo))]
[JsonSerializable(typeof(TodoChange))]
[JsonSerializable(typeof(TodoPage))]
[JsonSerializable(typeof(Health))]
[JsonSerializable(typeof(Problem))]
public sealed partial class TodoJsonContext : JsonSerializerContext;

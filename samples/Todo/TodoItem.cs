using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Todo;

/// <summary>One to-do, as stored and as sent.</summary>
public sealed record TodoItem(int Id, string Title, bool Done, DateTimeOffset CreatedAt);

/// <summary>The body of <c>POST /todos</c>.</summary>
public sealed record NewTodo
{
    /// <summary>What is to be done: not blank, at most 200 characters.</summary>
    [Required]
    [StringLength(200)]
    public string? Title { get; init; }
}

/// <summary>The body of <c>PATCH /todos/{id}</c>: the fields to change, the others left out.</summary>
public sealed record TodoChange
{
    /// <summary>The new title, when it changes: not blank, at most 200 characters.</summary>
    [StringLength(200)]
    [RegularExpression(@"[\s\S]*\S[\s\S]*", ErrorMessage = "The Title field must not be blank.")]
    public string? Title { get; init; }

    /// <summary>Whether the to-do is done, when that changes.</summary>
    public bool? Done { get; init; }
}

/// <summary>One page of <c>GET /todos</c>: the items from <see cref="Offset"/>, at most <see cref="Limit"/>, of <see cref="Total"/>.</summary>
public sealed record TodoPage(IReadOnlyList<TodoItem> Items, int Offset, int Limit, int Total);

/// <summary>The body of <c>GET /health</c>.</summary>
public sealed record Health(string Status, int Todos);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(TodoItem))]
[JsonSerializable(typeof(NewTodo))]
[JsonSerializable(typeof(TodoChange))]
[JsonSerializable(typeof(TodoPage))]
[JsonSerializable(typeof(Health))]
public sealed partial class TodoJsonContext : JsonSerializerContext;

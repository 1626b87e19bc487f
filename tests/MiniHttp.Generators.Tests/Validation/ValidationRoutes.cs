using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

namespace MiniHttp.Generators.Tests.Validation;

public sealed class TodoInput
{
    [Required]
    [StringLength(20, MinimumLength = 3)]
    public string? Title { get; set; }

    [Range(1, 5)]
    public int Priority { get; set; }

    [EmailAddress]
    public string? Owner { get; set; }

    [Url]
    public string? Link { get; set; }

    [RegularExpression("^[a-z]+(-[a-z]+)*$")]
    public string? Slug { get; set; }

    public Assignee? Assignee { get; set; }

    [MinLength(1)]
    [MaxLength(3)]
    public List<TodoStep>? Steps { get; set; }

    [Length(0, 2)]
    public string[]? Tags { get; set; }

    /// <summary>Nothing to check: read by nothing.</summary>
    public DateTime? Due { get; set; }
}

public sealed class Assignee
{
    [Required]
    [Display(Name = "Assignee name")]
    public string? Name { get; set; }

    [EmailAddress]
    public string? Email { get; set; }
}

/// <summary>A positional record: the checks are on its parameters, as ASP.NET Core reads them.</summary>
public sealed record TodoStep([Required] string? Title, [Range(0.5, 8.0)] double Hours);

/// <summary><see cref="TodoInput"/>'s shape without a check: what binding such a body costs alone.</summary>
public sealed class UncheckedTodoInput
{
    public string? Title { get; set; }

    public int Priority { get; set; }

    public string? Owner { get; set; }

    public string? Link { get; set; }

    public string? Slug { get; set; }

    public UncheckedAssignee? Assignee { get; set; }

    public List<UncheckedStep>? Steps { get; set; }

    public string[]? Tags { get; set; }

    public DateTime? Due { get; set; }
}

public sealed class UncheckedAssignee
{
    public string? Name { get; set; }

    public string? Email { get; set; }
}

public sealed record UncheckedStep(string? Title, double Hours);

/// <summary>Checks of its own, run once its members pass.</summary>
public sealed class Window : IValidatableObject
{
    [Range(0, 23)]
    public int From { get; set; }

    [Range(0, 23)]
    public int To { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (To <= From)
        {
            yield return new ValidationResult("To must be after From.", [nameof(To)]);
        }

        if (To - From > 12)
        {
            yield return new ValidationResult("A window is at most 12 hours.");
        }
    }
}

/// <summary>Handlers whose parameters and body types carry DataAnnotations attributes, checked by generated code.</summary>
public static class ValidationRoutes
{
    [Post("/validate/todo")]
    public static string Add([FromBody] TodoInput todo) => todo.Title!;

    [Get("/validate/page")]
    public static string Page([Range(1, 100)] int limit, [FromHeader("X-Tenant"), Required, MinLength(2)] string? tenant = null) =>
        $"{limit} {tenant}";

    [Get("/validate/items/{code}")]
    public static string Item([RegularExpression("^[A-Z]{3}$")] string code, [Range(0.0, 1.0, MaximumIsExclusive = true)] double? ratio = null) =>
        code + ratio;

    [Post("/validate/steps")]
    public static int Steps([FromBody] List<TodoStep> steps) => steps.Count;

    [Post("/validate/window")]
    public static int Open([FromBody] Window window) => window.To - window.From;

    [Get("/validate/count")]
    public static int Count([Range(1, 100)] int limit, [FromHeader("X-Max"), Range(1L, 10L)] long? max = null) => limit;

    [Get("/validate/code/{code}")]
    public static int Code([RegularExpression("^[A-Z]{3}$"), StringLength(3), Required] string code) => code.Length;

    /// <summary><see cref="Code"/> without its checks: what binding alone allocates.</summary>
    [Get("/validate/code-unchecked/{code}")]
    public static int CodeUnchecked(string code) => code.Length;

    /// <summary><see cref="Add"/> without checks.</summary>
    [Post("/validate/todo-unchecked")]
    public static string AddUnchecked([FromBody] UncheckedTodoInput todo) => todo.Title!;
}

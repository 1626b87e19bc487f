namespace MiniHttp.Generators.Model;

/// <summary>How a handler hands over its result: returned, or later through a task.</summary>
internal enum ResultCompletion
{
    /// <summary>The handler returns the result itself.</summary>
    Returned,

    /// <summary>A <c>Task</c> or <c>Task&lt;T&gt;</c> completes with the result.</summary>
    Task,

    /// <summary>A <c>ValueTask</c> or <c>ValueTask&lt;T&gt;</c> completes with the result.</summary>
    ValueTask,
}

using System;

namespace MiniHttp;

/// <summary>Marks a static method as the handler of <c>PUT</c> requests for <see cref="Template"/>.</summary>
/// <remarks>The source generator compiles every marked method into the dispatch switch; nothing reads this attribute at run time.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class PutAttribute(string template) : Attribute
{
    /// <summary>The path the handler answers, for example <c>/items</c>.</summary>
    public string Template { get; } = template;
}

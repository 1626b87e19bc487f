using System;

namespace MiniHttp;

/// <summary>
/// Marks a static method as the handler of <see cref="Method"/> requests for <see cref="Template"/>: for a method
/// that has no attribute of its own, such as <c>PURGE</c> or <c>PROPFIND</c>.
/// </summary>
/// <remarks>The source generator compiles every marked method into the dispatch switch; nothing reads this attribute at run time.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class RouteAttribute(string method, string template) : Attribute
{
    /// <summary>The request method, a case-sensitive token (RFC 9110, section 9.1), for example <c>PURGE</c>.</summary>
    public string Method { get; } = method;

    /// <summary>The path the handler answers, for example <c>/cache</c>.</summary>
    public string Template { get; } = template;
}

using System;

namespace MiniHttp;

/// <summary>
/// Names the application's request hooks, once per assembly: <c>[assembly: RequestHooks(typeof(AppHooks))]</c>. The
/// class implements <see cref="IRequestHooks{TState}"/>, and the generated router calls it around every request and
/// takes its instance as its first constructor parameter.
/// </summary>
/// <remarks>The source generator reads this attribute; nothing reads it at run time.</remarks>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class RequestHooksAttribute(Type hooksType) : Attribute
{
    /// <summary>The hooks: a non-abstract class implementing <see cref="IRequestHooks{TState}"/>.</summary>
    public Type HooksType { get; } = hooksType;
}

using System;

namespace MiniHttp;

/// <summary>
/// Binds a handler parameter from the value of the first header field named <see cref="Name"/> (compared
/// ASCII case-insensitively), without the whitespace around it and never percent-decoded.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class FromHeaderAttribute : Attribute
{
    /// <summary>Binds the header field named like the parameter.</summary>
    public FromHeaderAttribute()
    {
    }

    /// <summary>Binds the header field named <paramref name="name"/>, for example <c>X-Count</c>.</summary>
    public FromHeaderAttribute(string name) => Name = name;

    /// <summary>The field name, or null for the parameter's own name.</summary>
    public string? Name { get; }
}

using System;

namespace MiniHttp;

/// <summary>
/// Binds a handler parameter from the query string: the value of the first <c>name=value</c> pair with
/// <see cref="Name"/>, percent-decoded with <c>+</c> for a space. A parameter of a simple type that is not in the
/// route template binds from the query string without it; the attribute is for another name than the parameter's.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class FromQueryAttribute : Attribute
{
    /// <summary>Binds the pair named like the parameter.</summary>
    public FromQueryAttribute()
    {
    }

    /// <summary>Binds the pair named <paramref name="name"/>, compared byte for byte with the name as sent.</summary>
    public FromQueryAttribute(string name) => Name = name;

    /// <summary>The name of the pair, or null for the parameter's own name.</summary>
    public string? Name { get; }
}

using System;

namespace MiniHttp;

/// <summary>
/// Binds a handler parameter from the whole request body: text or bytes as they are, or a type listed in the
/// application's <see cref="JsonContextAttribute">JSON context</see> deserialized from JSON.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class FromBodyAttribute : Attribute;

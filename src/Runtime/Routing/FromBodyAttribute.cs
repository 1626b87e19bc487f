using System;

namespace MiniHttp;

/// <summary>Binds a handler parameter from the request body instead of the query string.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class FromBodyAttribute : Attribute;

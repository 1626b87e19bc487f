using Microsoft.CodeAnalysis;

namespace MiniHttp.Generators.Diagnostics;

/// <summary>Every diagnostic the generator reports. Each is an error: the handler it points at is not generated.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "MiniHttp";

    public static readonly DiagnosticDescriptor HandlerMustBeStatic = Error(
        "MH0001",
        "Handler must be static",
        "Handler '{0}' must be static: the generated router calls it without an instance");

    public static readonly DiagnosticDescriptor HandlerNotAccessible = Error(
        "MH0002",
        "Handler is not accessible from generated code",
        "Handler '{0}' cannot be called from the generated router: make it a public or internal method, declared in types that are all public or internal (not private, protected or file-local)");

    public static readonly DiagnosticDescriptor HandlerMustNotBeGeneric = Error(
        "MH0003",
        "Handler must not be generic",
        "Handler '{0}' must not be generic nor declared in a generic type: the generated router cannot choose type arguments");

    /// <summary>Arguments: parameter, handler, parameter type, where it binds from, what to use instead.</summary>
    public static readonly DiagnosticDescriptor UnsupportedParameterType = Error(
        "MH0004",
        "Parameter type cannot be bound",
        "Parameter '{0}' of handler '{1}' has type '{2}', which cannot be bound from the {3}: use {4}");

    public static readonly DiagnosticDescriptor UnsupportedReturnType = Error(
        "MH0005",
        "Return type cannot be written as a response",
        "Handler '{0}' returns '{1}', which cannot be written as a response: return int, long, string, ReadOnlySpan<byte> or byte[]");

    public static readonly DiagnosticDescriptor MultipleBodyParameters = Error(
        "MH0006",
        "More than one [FromBody] parameter",
        "Handler '{0}' has more than one [FromBody] parameter: the body binds only one, so bind '{1}' from the query string instead");

    /// <summary>Arguments: the template as a C# literal, handler, what is wrong.</summary>
    public static readonly DiagnosticDescriptor MalformedTemplate = Error(
        "MH0007",
        "Route template is malformed",
        "Route template {0} of handler '{1}' is malformed: {2}");

    public static readonly DiagnosticDescriptor RouteParametersNotSupported = Error(
        "MH0008",
        "Route parameters are not supported yet",
        "Route template {0} of handler '{1}' has a route parameter, which is not supported yet: use a literal path and bind values from the query string");

    /// <summary>Arguments: method token, path, the duplicate handler, the handler declared first.</summary>
    public static readonly DiagnosticDescriptor DuplicateRoute = Error(
        "MH0009",
        "Duplicate route",
        "Route '{0} {1}' of handler '{2}' is already handled by '{3}': give each method and path one handler");

    private static DiagnosticDescriptor Error(string id, string title, string messageFormat) =>
        new(id, title, messageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}

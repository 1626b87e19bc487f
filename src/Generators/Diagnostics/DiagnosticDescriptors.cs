using Microsoft.CodeAnalysis;

namespace MiniHttp.Generators.Diagnostics;

/// <summary>Every diagnostic the generator reports. Each is an error: the handler it points at is not generated.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "MiniHttp";

    public static readonly DiagnosticDescriptor InstanceHandlerNotInClass = Error(
        "MH0001",
        "Instance handler is not in a non-abstract class",
        "Handler '{0}' is an instance method of '{1}', which is not a non-abstract class: make the handler static, or declare it in a class the application constructs and passes to the Router");

    public static readonly DiagnosticDescriptor HandlerNotAccessible = Error(
        "MH0002",
        "Handler is not accessible from generated code",
        "Handler '{0}' cannot be called from the generated router: make it a public or internal method, declared in types that are all public or internal (not private, protected or file-local)");

    public static readonly DiagnosticDescriptor HandlerMustNotBeGeneric = Error(
        "MH0003",
        "Handler must not be generic",
        "Handler '{0}' must not be generic nor declared in a generic type: the generated router cannot choose type arguments");

    /// <summary>Arguments: parameter, handler, parameter type, where it binds from, what to change.</summary>
    public static readonly DiagnosticDescriptor UnsupportedParameterType = Error(
        "MH0004",
        "Parameter type cannot be bound",
        "Parameter '{0}' of handler '{1}' has type '{2}', which cannot be bound from the {3}: {4}");

    public static readonly DiagnosticDescriptor UnsupportedReturnType = Error(
        "MH0005",
        "Return type cannot be written as a response",
        "Handler '{0}' returns '{1}', which cannot be written as a response: return void, string, int, long, short, uint, ulong, double, decimal, bool, Guid, ReadOnlySpan<byte>, byte[], a type listed in the JSON context, HttpResult or StreamedResult, or a Task or ValueTask of one of them");

    public static readonly DiagnosticDescriptor MultipleBodyParameters = Error(
        "MH0006",
        "More than one [FromBody] parameter",
        "Handler '{0}' has more than one [FromBody] parameter: the body binds only one, so bind '{1}' from the query string instead");

    /// <summary>Arguments: the template as a C# literal, handler, what is wrong.</summary>
    public static readonly DiagnosticDescriptor MalformedTemplate = Error(
        "MH0007",
        "Route template is malformed",
        "Route template {0} of handler '{1}' is malformed: {2}");

    /// <summary>Arguments: the template as a C# literal, handler, route parameter.</summary>
    public static readonly DiagnosticDescriptor RouteParameterWithoutHandlerParameter = Error(
        "MH0008",
        "Route parameter has no handler parameter",
        "Route template {0} of handler '{1}' has the route parameter '{2}', which no parameter of the handler takes: add a parameter named '{2}' (without [FromBody], [FromQuery] or [FromHeader])");

    /// <summary>Arguments: method token, path, the duplicate handler, the handler declared first.</summary>
    public static readonly DiagnosticDescriptor DuplicateRoute = Error(
        "MH0009",
        "Duplicate route",
        "Route '{0} {1}' of handler '{2}' is already handled by '{3}': give each method and path one handler");

    /// <summary>Arguments: the method as a C# literal, handler.</summary>
    public static readonly DiagnosticDescriptor MethodNotToken = Error(
        "MH0010",
        "Route method is not a method token",
        "Method {0} of handler '{1}' is not an HTTP method: a method is one or more letters, digits or !#$%&'*+-.^_`|~, such as \"PURGE\"");

    /// <summary>Arguments: the template as a C# literal, handler, the catch-all's name.</summary>
    public static readonly DiagnosticDescriptor CatchAllNotLast = Error(
        "MH0011",
        "Catch-all route parameter is not last",
        "Route template {0} of handler '{1}' has the catch-all parameter '{2}' before its last segment: a catch-all takes the rest of the path, so make it the last segment");

    /// <summary>Arguments: parameter, handler, the template as a C# literal.</summary>
    public static readonly DiagnosticDescriptor HandlerParameterNotInTemplate = Error(
        "MH0012",
        "Handler parameter is missing from a template",
        "Parameter '{0}' of handler '{1}' binds from a route parameter of another of its templates, but template {2} has no '{{{0}}}': add it, or give that route a handler of its own");

    /// <summary>Arguments: route parameter, the template as a C# literal, handler, parameter type, the types that fit.</summary>
    public static readonly DiagnosticDescriptor RouteParameterTypeMismatch = Error(
        "MH0013",
        "Handler parameter cannot hold the route value",
        "Route parameter '{0}' of template {1} binds to parameter '{0}' of handler '{2}', whose type '{3}' cannot hold it: declare it as {4}");

    /// <summary>Arguments: method, template, handler, the other template, the other handler.</summary>
    public static readonly DiagnosticDescriptor AmbiguousRoutes = Error(
        "MH0014",
        "Routes are ambiguous",
        "Route '{0} {1}' of handler '{2}' matches exactly the requests of '{0} {3}' of handler '{4}', and no rule chooses between them: change a literal segment or a constraint of one of them");

    /// <summary>Arguments: parameter, handler, parameter type, the attributes to choose from.</summary>
    public static readonly DiagnosticDescriptor AmbiguousParameterSource = Error(
        "MH0015",
        "Parameter source is ambiguous",
        "Parameter '{0}' of handler '{1}' has type '{2}', which could come from more than one part of the request: {3}");

    /// <summary>Arguments: parameter, handler, the first attribute, the second attribute.</summary>
    public static readonly DiagnosticDescriptor ConflictingParameterSources = Error(
        "MH0016",
        "Parameter has more than one source",
        "Parameter '{0}' of handler '{1}' is marked both [{2}] and [{3}]: a parameter binds from one place, so keep one of them");

    /// <summary>Arguments: the name as a C# literal, parameter, handler.</summary>
    public static readonly DiagnosticDescriptor InvalidQueryName = Error(
        "MH0017",
        "Query name cannot match a query string",
        "Query name {0} of parameter '{1}' of handler '{2}' cannot match a query string as clients send it: use one or more letters, digits or -._~!$'()*,;:@/? (clients percent-encode anything else, and &, = and + have meanings of their own)");

    /// <summary>Arguments: the name as a C# literal, parameter, handler.</summary>
    public static readonly DiagnosticDescriptor InvalidHeaderName = Error(
        "MH0018",
        "Header name is not a field name",
        "Header name {0} of parameter '{1}' of handler '{2}' is not a header field name: use one or more letters, digits or !#$%&'*+-.^_`|~, such as \"X-Count\"");

    /// <summary>Arguments: what has the type (a parameter or a result), the type, the context.</summary>
    public static readonly DiagnosticDescriptor JsonTypeNotInContext = Error(
        "MH0019",
        "JSON type is not listed in the JSON context",
        "{0} '{1}', which is JSON but not listed in the JSON context '{2}': add [JsonSerializable(typeof({1}))] to '{2}'");

    /// <summary>Arguments: what has the type (a parameter or a result), the type.</summary>
    public static readonly DiagnosticDescriptor NoJsonContext = Error(
        "MH0020",
        "No JSON context is declared",
        "{0} '{1}', which is JSON, but the assembly names no JSON context: declare a partial class deriving from JsonSerializerContext with [JsonSerializable(typeof({1}))], and name it with [assembly: MiniHttp.JsonContext(typeof(TheContext))]");

    /// <summary>Arguments: the type the attribute names.</summary>
    public static readonly DiagnosticDescriptor InvalidJsonContext = Error(
        "MH0021",
        "JSON context is not a JsonSerializerContext",
        "The JSON context '{0}' is not a JsonSerializerContext the generated router can use: name a public or internal partial class deriving from System.Text.Json.Serialization.JsonSerializerContext");

    /// <summary>Arguments: the size, handler.</summary>
    public static readonly DiagnosticDescriptor NegativeCompressionMinimumSize = Error(
        "MH0022",
        "Compression minimum size is negative",
        "[Compress(MinimumSize = {0})] on handler '{1}' is negative: give the smallest body to compress in bytes, 0 or more, or leave MinimumSize out for the server's CompressionOptions.MinimumSize");

    /// <summary>Arguments: the type the attribute names.</summary>
    public static readonly DiagnosticDescriptor InvalidRequestHooks = Error(
        "MH0023",
        "Request hooks are not an IRequestHooks class",
        "The request hooks '{0}' are not a class the generated router can call: name a public or internal, non-abstract, non-generic class that implements MiniHttp.IRequestHooks<TState> once, with public or internal methods (not explicit implementations)");

    /// <summary>Arguments: the limit, handler.</summary>
    public static readonly DiagnosticDescriptor BufferedBodyLimitNotPositive = Error(
        "MH0024",
        "Buffered body limit is not positive",
        "[MaxBufferedRequestBodySize({0})] on handler '{1}' is not positive: give the largest body to read whole in bytes, 1 or more, or leave the attribute out for the server's ServerLimits.MaxBufferedRequestBodySize");

    /// <summary>Arguments: handler, the Stream or PipeReader parameter.</summary>
    public static readonly DiagnosticDescriptor BufferedBodyLimitOnStreamedBody = Error(
        "MH0025",
        "Buffered body limit on a handler that streams its body",
        "[MaxBufferedRequestBodySize] on handler '{0}' has no effect: the handler reads its body as it arrives through '{1}', so the body is never buffered and is held to ServerLimits.MaxRequestBodySize; remove the attribute");

    /// <summary>Arguments: parameter, handler, parameter type, what to change.</summary>
    public static readonly DiagnosticDescriptor BlockingHandlerTakesRequestBytes = Error(
        "MH0026",
        "Blocking handler takes the request's bytes",
        "Parameter '{0}' of handler '{1}' is a {2}, which points into the connection's receive buffer, and a [Blocking] handler runs on the thread pool after that buffer has moved on: {3}");

    /// <summary>Arguments: parameter, handler, parameter type.</summary>
    public static readonly DiagnosticDescriptor ServiceParameterNeedsFromServices = Error(
        "MH0027",
        "Parameter is a service",
        "Parameter '{0}' of handler '{1}' has type '{2}', which is a service rather than part of the request: mark it [FromServices] to take the application's singleton, or [FromServices(ServiceLifetime.Scoped)] for a service resolved per request");

    /// <summary>Arguments: parameter, handler, parameter type.</summary>
    public static readonly DiagnosticDescriptor ServiceParameterNotReferenceType = Error(
        "MH0028",
        "[FromServices] parameter is not a class or interface",
        "Parameter '{0}' of handler '{1}' is marked [FromServices] but has type '{2}': services are classes or interfaces, so take the service that holds the value, or bind the value from the request instead");
    /// <summary>Arguments: handler.</summary>
    public static readonly DiagnosticDescriptor WebSocketHandlerSignature = Error(
        "MH0029",
        "WebSocket handler has the wrong signature",
        "[WebSocket] handler '{0}' must take a MiniHttp.WebSockets.WebSocketConnection, and otherwise only [FromServices] parameters, all by value, and return Task or ValueTask: the conversation lasts until the task completes");

    /// <summary>Arguments: the subprotocol as a C# literal, handler.</summary>
    public static readonly DiagnosticDescriptor WebSocketSubProtocolNotToken = Error(
        "MH0030",
        "WebSocket subprotocol is not a token",
        "Subprotocol {0} of [WebSocket] handler '{1}' is not a token, so no client could ask for it in Sec-WebSocket-Protocol: use one or more letters, digits or !#$%&'*+-.^_`|~");

    /// <summary>Arguments: handler, return type.</summary>
    public static readonly DiagnosticDescriptor AbstractResultReturned = Error(
        "MH0031",
        "Return type is an abstract result",
        "Handler '{0}' returns '{1}', an interface or abstract class of results, which names no status or body the generator can write: return a typed result (TypedResults.Ok(value), NotFound(), a Results<Ok<T>, NotFound> union), HttpResult for a status, headers and body of your own, or the value itself to answer 200 with it");

    /// <summary>Arguments: the handler, the union, the result it lists more than once.</summary>
    public static readonly DiagnosticDescriptor UnionListsResultTwice = Error(
        "MH0032",
        "Results union lists a result twice",
        "Handler '{0}' returns '{1}', which lists '{2}' more than once: a value of it would convert to either case, so list each result once");

    /// <summary>Arguments: the handler, the type, the results the generator knows.</summary>
    public static readonly DiagnosticDescriptor UnknownTypedResult = Error(
        "MH0033",
        "Typed result is not one of MiniHttp's",
        "Handler '{0}' returns '{1}', an ITypedResult the generator does not know how to write: return one of TypedResults' results ({2}), or HttpResult for a response of your own");

    /// <summary>Arguments: the prefix as a C# literal, class, what is wrong.</summary>
    public static readonly DiagnosticDescriptor MalformedRouteGroupPrefix = Error(
        "MH0048",
        "Route group prefix is malformed",
        "The [RouteGroup] prefix {0} of class '{1}' cannot prefix its routes: {2}");

    /// <summary>Arguments: the filter type.</summary>
    public static readonly DiagnosticDescriptor InvalidRouteFilter = Error(
        "MH0049",
        "Route filter is not an IRouteFilter class",
        "The route filter '{0}' is not a class the generated router can call: name a public or internal, non-abstract, non-generic class that implements MiniHttp.IRouteFilter with a public or internal OnRequest method (not an explicit implementation)");

    /// <summary>Arguments: the method or class, what the wildcard stands for.</summary>
    public static readonly DiagnosticDescriptor CorsCredentialsWithWildcard = Error(
        "MH0050",
        "CORS allows credentials with a wildcard",
        "[Cors] on '{0}' allows credentials with '*' as its {1}: the Fetch standard never lets '*' stand for any {1} when a request includes credentials, so browsers would refuse every response; name the origins and headers, or leave AllowCredentials out");

    /// <summary>Arguments: the method or class, the value, what it must be.</summary>
    public static readonly DiagnosticDescriptor MalformedCorsPolicy = Error(
        "MH0051",
        "CORS policy value is malformed",
        "[Cors] on '{0}': {1} must be {2}");

    /// <summary>Arguments: handler.</summary>
    public static readonly DiagnosticDescriptor FiltersOnWebSocket = Error(
        "MH0052",
        "Route filters on a WebSocket handler",
        "[WebSocket] handler '{0}' has [RouteFilter] or [Cors] on it or its classes, which do not run on a WebSocket handshake: move the handler out of the filtered class, or check the request in a handler of its own");

    /// <summary>Arguments: the route as a C# literal, what is wrong with it.</summary>
    public static readonly DiagnosticDescriptor OpenApiRouteNotLiteralPath = Error(
        "MH0056",
        "OpenAPI document route is not a literal path",
        "[assembly: OpenApi({0})] cannot serve the document there: {1}; give a literal path such as \"/openapi.json\", or no route to generate the document without serving it");

    /// <summary>Arguments: the route, the handler.</summary>
    public static readonly DiagnosticDescriptor OpenApiRouteTaken = Error(
        "MH0057",
        "OpenAPI document route is taken by a handler",
        "[assembly: OpenApi] serves the document at '{0}', where handler '{1}' already answers GET: move one of them to another path");

    /// <summary>Arguments: the symbol, the XML parser's message.</summary>
    public static readonly DiagnosticDescriptor OpenApiDocCommentMalformed = new(
        "MH0058",
        "XML doc comment is not well-formed",
        "The XML doc comment of '{0}' is not well-formed XML ({1}), so the OpenAPI document leaves out its summary and descriptions: fix the comment",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    /// <summary>Arguments: parameter, handler, parameter type, why it is taken for a service.</summary>
    public static readonly DiagnosticDescriptor ParameterLooksLikeService = Error(
        "MH0064",
        "Parameter looks like a service",
        "Parameter '{0}' of handler '{1}' has type '{2}', {3}, so it is taken for a service rather than part of the request: mark it [FromServices] to take the application's singleton, or [FromServices(ServiceLifetime.Scoped)] for a service resolved per request; if the client sends it as a JSON body, mark it [FromBody] on a POST, PUT or PATCH route");

    /// <summary>Arguments: attribute, what it is on, the value's type, why it cannot check it.</summary>
    public static readonly DiagnosticDescriptor ValidationAttributeDoesNotApply = Error(
        "MH0040",
        "Validation attribute cannot check the value's type",
        "[{0}] on {1} cannot check a value of type '{2}': {3}");

    /// <summary>Arguments: the pattern as a C# literal, what it is on, the parser's complaint.</summary>
    public static readonly DiagnosticDescriptor InvalidValidationPattern = Error(
        "MH0041",
        "Regular expression of a validation attribute is invalid",
        "[RegularExpression({0})] on {1} is not a valid .NET regular expression, so every request would fail when it is built: {2}");

    /// <summary>Arguments: attribute, what it is on, what is wrong with its arguments.</summary>
    public static readonly DiagnosticDescriptor InvalidValidationArguments = Error(
        "MH0042",
        "Validation attribute's arguments are invalid",
        "[{0}] on {1} {2}");

    /// <summary>Arguments: attribute, what it is on, why and what to do instead.</summary>
    public static readonly DiagnosticDescriptor UnsupportedValidationAttribute = Error(
        "MH0043",
        "Validation attribute is not checked by generated code",
        "[{0}] on {1} would not be checked: {2}");

    private static DiagnosticDescriptor Error(string id, string title, string messageFormat) =>
        new(id, title, messageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}

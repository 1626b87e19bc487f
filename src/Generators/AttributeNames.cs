namespace MiniHttp.Generators;

/// <summary>
/// The runtime's attributes by metadata name: the generator never references the runtime assembly.
/// </summary>
internal static class AttributeNames
{
    public const string Get = "MiniHttp.GetAttribute";
    public const string Post = "MiniHttp.PostAttribute";
    public const string Put = "MiniHttp.PutAttribute";
    public const string Delete = "MiniHttp.DeleteAttribute";
    public const string Patch = "MiniHttp.PatchAttribute";

    /// <summary><c>[Route("METHOD", "/path")]</c>: the method is its first argument rather than its name.</summary>
    public const string Route = "MiniHttp.RouteAttribute";

    /// <summary><c>[WebSocket("/path", "subprotocol", ...)]</c>: a handler of WebSocket conversations.</summary>
    public const string WebSocket = "MiniHttp.WebSocketAttribute";

    /// <summary>Not an attribute: the one parameter of a <c>[WebSocket]</c> handler.</summary>
    public const string WebSocketConnection = "MiniHttp.WebSockets.WebSocketConnection";

    public const string FromBody = "MiniHttp.FromBodyAttribute";
    public const string FromQuery = "MiniHttp.FromQueryAttribute";
    public const string FromHeader = "MiniHttp.FromHeaderAttribute";

    /// <summary><c>[FromServices]</c>, optionally with a <c>ServiceLifetime</c>: a parameter from the application's services.</summary>
    public const string FromServices = "MiniHttp.FromServicesAttribute";

    /// <summary><c>[assembly: RequestHooks(typeof(AppHooks))]</c>: the application's hooks around every request.</summary>
    public const string RequestHooks = "MiniHttp.RequestHooksAttribute";

    /// <summary>The interface the hooks implement, as its definition displays.</summary>
    public const string IRequestHooks = "MiniHttp.IRequestHooks<TState>";

    /// <summary><c>[Compress]</c> on a handler or its assembly; <c>[Compress(false)]</c> opts a handler out.</summary>
    public const string Compress = "MiniHttp.CompressAttribute";

    /// <summary><c>[Blocking]</c> on a handler, its class or its assembly; <c>[Blocking(false)]</c> opts out.</summary>
    public const string Blocking = "MiniHttp.BlockingAttribute";

    /// <summary><c>[MaxBufferedRequestBodySize(n)]</c> on a handler: its own limit on a body read whole before it runs.</summary>
    public const string MaxBufferedRequestBodySize = "MiniHttp.MaxBufferedRequestBodySizeAttribute";

    /// <summary><c>[RouteGroup("/prefix")]</c> on a class: a prefix for its routes.</summary>
    public const string RouteGroup = "MiniHttp.RouteGroupAttribute";

    /// <summary><c>[RouteFilter&lt;TFilter&gt;]</c> on a method or class, as its definition displays.</summary>
    public const string RouteFilter = "MiniHttp.RouteFilterAttribute<TFilter>";

    /// <summary>The interface a route filter implements.</summary>
    public const string IRouteFilter = "MiniHttp.IRouteFilter";

    /// <summary><c>[Cors("https://app.example")]</c> on a method or class: the CORS policy of its routes.</summary>
    public const string Cors = "MiniHttp.CorsAttribute";

    /// <summary><c>[assembly: JsonContext(typeof(AppJsonContext))]</c>: the application's JSON metadata.</summary>
    public const string JsonContext = "MiniHttp.JsonContextAttribute";

    /// <summary>System.Text.Json's attributes, by which the JSON context lists its types.</summary>
    public const string JsonSerializable = "System.Text.Json.Serialization.JsonSerializableAttribute";

    /// <summary>
    /// On a JSON context, the options the application chose (whose naming policy and enum converter the OpenAPI document's
    /// schemas follow); without it the router uses ASP.NET Core's web defaults.
    /// </summary>
    public const string JsonSourceGenerationOptions = "System.Text.Json.Serialization.JsonSourceGenerationOptionsAttribute";

    public const string JsonSerializerContext = "System.Text.Json.Serialization.JsonSerializerContext";

    /// <summary><c>[assembly: OpenApi("/openapi.json")]</c>: the application's OpenAPI document, generated and served.</summary>
    public const string OpenApi = "MiniHttp.OpenApiAttribute";

    public const string JsonPropertyName = "System.Text.Json.Serialization.JsonPropertyNameAttribute";
    public const string JsonIgnore = "System.Text.Json.Serialization.JsonIgnoreAttribute";
    public const string JsonInclude = "System.Text.Json.Serialization.JsonIncludeAttribute";
    public const string JsonRequired = "System.Text.Json.Serialization.JsonRequiredAttribute";
    public const string JsonConverter = "System.Text.Json.Serialization.JsonConverterAttribute";
    public const string JsonStringEnumMemberName = "System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute";

    /// <summary>Not an attribute, but known the same way: the type whose parameter receives the request itself.</summary>
    public const string HttpRequest = "MiniHttp.HttpRequest";

    /// <summary>Not an attribute either: the result type that carries its own status, headers and body.</summary>
    public const string HttpResult = "MiniHttp.HttpResult";

    /// <summary>The result type whose body is produced as it is sent.</summary>
    public const string StreamedResult = "MiniHttp.StreamedResult";

    /// <summary>The namespace of the typed results (<c>Ok&lt;T&gt;</c>, <c>NotFound</c>, <c>Results&lt;...&gt;</c>), known by their names in it.</summary>
    public const string TypedResultsNamespace = "MiniHttp.HttpResults";

    /// <summary>The interface every typed result implements, and every case of a union must.</summary>
    public const string TypedResult = "MiniHttp.HttpResults.ITypedResult";
}

using System.Collections.Generic;
using System.Linq;

namespace MiniHttp.Generators.Model;

/// <summary>A valid handler method: what the generated code calls and how.</summary>
/// <param name="DisplayName">The method as people name it, for messages and comments: <c>Arena.ArenaRoutes.Sum</c>.</param>
/// <param name="InvocationName">
/// The method as generated code calls it: <c>global::Arena.ArenaRoutes.Sum</c>; of an instance handler, its name alone,
/// called on the router's instance of <paramref name="RoutesClass"/>.
/// </param>
/// <param name="RoutesClass">
/// Of an instance handler, its class, fully qualified (<c>global::Arena.Json.JsonRoutes</c>): the router holds the one
/// instance of it that the application constructs. Null for a static handler.
/// </param>
/// <param name="Parameters">The parameters in declaration order, which is also the argument order.</param>
/// <param name="Result">
/// What the handler's result is, written as the response; <see cref="ValueKind.Void"/> for nothing. Of a handler
/// that returns a task, what the task completes with.
/// </param>
/// <param name="Completion">Whether the result is returned or comes later through a task.</param>
/// <param name="ReturnTypeName">The return type as declared, nullable annotations included: what generated code awaits.</param>
internal sealed record Handler(
    string DisplayName,
    string InvocationName,
    string? RoutesClass,
    EquatableArray<HandlerParameter> Parameters,
    HandlerType Result,
    ResultCompletion Completion,
    string ReturnTypeName)
{
    /// <summary>Whether the handler's responses are compressed (<c>[Compress]</c>), and from what size; null when they are not.</summary>
    public RouteCompression? Compression { get; init; }

    /// <summary>The handler's own limit on a body read whole before it runs (<c>[MaxBufferedRequestBodySize]</c>); null for the server's.</summary>
    public int? MaxBufferedRequestBodySize { get; init; }

    /// <summary>What the binder checks before the call (DataAnnotations attributes); null when nothing is checked.</summary>
    public HandlerValidation? Validation { get; init; }

    /// <summary>Whether the handler may block (<c>[Blocking]</c>), so runs on the thread pool after its arguments are bound.</summary>
    public bool Blocking { get; init; }

    /// <summary>
    /// Of an instance handler, how the router creates its routes class from services when the container has none
    /// registered: its public or internal constructor with the most parameters; null when it has none the router can call.
    /// </summary>
    public ServiceConstructor? RoutesClassConstructor { get; init; }

    /// <summary>Whether some parameter is a scoped or transient service, so the route opens a scope per request.</summary>
    public bool TakesRequestServices => Parameters.Any(static parameter => parameter.Source == BindingSource.RequestServices);
    /// <summary>Of a <c>[WebSocket]</c> handler, its endpoint: the binder runs the handshake and hands it the connection.</summary>
    public WebSocketEndpoint? WebSocket { get; init; }

    /// <summary>The filters that run before the handler, in order (<c>[RouteFilter&lt;T&gt;]</c> on it and its classes).</summary>
    public EquatableArray<RouteFilter> Filters { get; init; }

    /// <summary>The CORS policy of the handler's routes (<c>[Cors]</c> on it or its classes), or null.</summary>
    public CorsPolicy? Cors { get; init; }

    /// <summary>How the handler appears in the OpenAPI document; null when the assembly does not ask for one.</summary>
    public ApiOperation? Api { get; init; }

    /// <summary>
    /// Whether this is no handler of the application's but the router's own answer with the OpenAPI document, at the
    /// route <c>[assembly: OpenApi]</c> gives.
    /// </summary>
    public bool ServesOpenApiDocument { get; init; }

    /// <summary>Every response the handler's result can be, in the order of a union's cases: the model an OpenAPI document reads.</summary>
    public EquatableArray<RouteResponse> Responses => new(ResponsesOf(Result));

    /// <summary>Whether the handler reads the body as it arrives, through a <c>Stream</c> or <c>PipeReader</c>.</summary>
    public bool StreamsBody => Parameters.Any(static parameter => parameter.Kind is ValueKind.Stream or ValueKind.PipeReader);

    private static IEnumerable<RouteResponse> ResponsesOf(HandlerType result) => result.Kind switch
    {
        ValueKind.Void => [new RouteResponse(204, BodyType: null, ContentType: null)],
        ValueKind.Json => [new RouteResponse(200, result.TypeName, "application/json")],
        ValueKind.TypedResult => result.Cases.Select(static @case => new RouteResponse(@case.StatusCode, @case.Value?.TypeName, @case.ContentType)),
        ValueKind.HttpResult or ValueKind.StreamedResult => [new RouteResponse(StatusCode: null, BodyType: null, ContentType: null)],
        ValueKind.ByteSpan or ValueKind.ByteArray => [new RouteResponse(200, "byte[]", "text/plain")],
        _ => [new RouteResponse(200, result.TypeName, "text/plain")],
    };
}

namespace MiniHttp.Generators;

/// <summary>
/// The names of the generator's tracked pipeline steps, so tests can check which steps ran again after an edit.
/// </summary>
internal static class TrackingNames
{
    /// <summary>The handlers of <c>[Get]</c> methods, one model per method.</summary>
    public const string GetHandlers = nameof(GetHandlers);

    /// <summary>The handlers of <c>[Post]</c> methods, one model per method.</summary>
    public const string PostHandlers = nameof(PostHandlers);

    /// <summary>The handlers of <c>[Put]</c> methods, one model per method.</summary>
    public const string PutHandlers = nameof(PutHandlers);

    /// <summary>The handlers of <c>[Delete]</c> methods, one model per method.</summary>
    public const string DeleteHandlers = nameof(DeleteHandlers);

    /// <summary>The handlers of <c>[Patch]</c> methods, one model per method.</summary>
    public const string PatchHandlers = nameof(PatchHandlers);

    /// <summary>The handlers of <c>[Route("METHOD", "/path")]</c> methods, one model per method.</summary>
    public const string RouteHandlers = nameof(RouteHandlers);

    /// <summary>The handlers of <c>[WebSocket]</c> methods, one model per method.</summary>
    public const string WebSocketHandlers = nameof(WebSocketHandlers);

    /// <summary>The application's request hooks, or their diagnostic, read from <c>[assembly: RequestHooks]</c>.</summary>
    public const string RequestHooks = nameof(RequestHooks);

    /// <summary>What <c>[assembly: OpenApi]</c> asks for, or its diagnostic.</summary>
    public const string OpenApi = nameof(OpenApi);

    /// <summary>Every valid route plus every diagnostic, after the route-table checks (duplicates).</summary>
    public const string RouteTable = nameof(RouteTable);

    /// <summary>The routes the emitter turns into source: no locations, so moving code around leaves it unchanged.</summary>
    public const string Routes = nameof(Routes);

    /// <summary>The diagnostics to report.</summary>
    public const string Diagnostics = nameof(Diagnostics);
}

namespace MiniHttp.Generators.Model;

/// <summary>Where the value of a handler parameter comes from.</summary>
internal enum BindingSource
{
    /// <summary>The query string value with the parameter's name, or the name <c>[FromQuery]</c> gives.</summary>
    Query,

    /// <summary>The route value of the template parameter whose name is the parameter's name.</summary>
    Route,

    /// <summary>The value of the header field <c>[FromHeader]</c> names.</summary>
    Header,

    /// <summary>The whole request body; the parameter is marked <c>[FromBody]</c>.</summary>
    Body,

    /// <summary>The request itself: the parameter's type is <c>MiniHttp.HttpRequest</c>.</summary>
    Request,

    /// <summary>A singleton service (<c>[FromServices]</c>), resolved once when the router is created and held in its field.</summary>
    Services,

    /// <summary>A scoped or transient service (<c>[FromServices(ServiceLifetime.Scoped)]</c>), resolved per request from its scope.</summary>
    RequestServices,
}

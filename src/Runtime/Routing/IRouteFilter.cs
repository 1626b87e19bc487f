using System;

namespace MiniHttp;

/// <summary>
/// A check that runs before the handler of each route it is applied to (with <see cref="RouteFilterAttribute{TFilter}"/>
/// on the handler or its class), and may answer instead of it: an API key check, say. ASP.NET Core's endpoint filters
/// are the model, without the delegate chain: the generated router calls each filter's <see cref="OnRequest"/> in
/// turn, directly on the filter's class, and calls the handler only when every one returned true.
/// </summary>
/// <remarks>
/// <para>
/// The router holds one instance of each filter class, as it holds a routes class or the request hooks: a parameter of
/// its constructor, or created by <c>Router.Create(services)</c> from the container (registered, else constructed with
/// its constructor's services). Every connection calls that one instance, concurrently.
/// </para>
/// <para>
/// A filter runs after the request hooks' <c>OnRequest</c> and after routing chose the route, before the handler's
/// arguments are bound: it decides on the request alone, and an unauthenticated request never has its body read.
/// </para>
/// </remarks>
public interface IRouteFilter
{
    /// <summary>
    /// Returns true to go on to the next filter and the handler; false when the filter has answered the request itself,
    /// with <see cref="HttpResponse.WriteResult"/> (a <c>401</c>, say). <see cref="HttpResponse.Route"/> is already the
    /// route's template.
    /// </summary>
    /// <remarks>
    /// Headers added with <see cref="HttpResponse.AddHeader"/> go out with whichever response answers the request. A
    /// filter that returns false without answering gets the client a bare <c>500</c>; one that answers and still returns
    /// true lets the handler run, whose write then throws <see cref="InvalidOperationException"/> (logged; the client
    /// gets the filter's response). A filter that throws is treated as a handler that throws.
    /// </remarks>
    bool OnRequest(scoped in HttpRequest request, HttpResponse response);
}

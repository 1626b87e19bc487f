using System;
using System.Text;

namespace MiniHttp.Filters.Tests;

/// <summary>Answers <c>401</c> unless the request carries the key the application gave it in <c>X-Api-Key</c>.</summary>
public sealed class ApiKeyFilter(string key) : IRouteFilter
{
    private static readonly HttpResult Unauthorized = HttpResult.Text(401, "Missing or wrong API key").WithHeader("WWW-Authenticate", "ApiKey");

    private readonly byte[] _key = Encoding.ASCII.GetBytes(key);

    public bool OnRequest(scoped in HttpRequest request, HttpResponse response)
    {
        if (request.TryGetHeader("X-Api-Key"u8, out var sent) && sent.SequenceEqual(_key))
        {
            return true;
        }

        response.WriteResult(Unauthorized, omitBody: request.Method == RequestMethod.Head);
        return false;
    }
}

/// <summary>Marks the response with <c>X-Trace: group</c>: a group's filter.</summary>
public sealed class GroupTraceFilter : IRouteFilter
{
    public bool OnRequest(scoped in HttpRequest request, HttpResponse response)
    {
        response.AddHeader("X-Trace", "group");
        return true;
    }
}

/// <summary>Marks the response with <c>X-Trace: nested</c>: a nested group's filter.</summary>
public sealed class NestedTraceFilter : IRouteFilter
{
    public bool OnRequest(scoped in HttpRequest request, HttpResponse response)
    {
        response.AddHeader("X-Trace", "nested");
        return true;
    }
}

/// <summary>Marks the response with <c>X-Trace: method</c>: a method's filter.</summary>
public sealed class MethodTraceFilter : IRouteFilter
{
    public bool OnRequest(scoped in HttpRequest request, HttpResponse response)
    {
        response.AddHeader("X-Trace", "method");
        return true;
    }
}

/// <summary>Lets only the tenant <c>acme</c> through, reading the route value before the handler binds it.</summary>
public sealed class TenantFilter : IRouteFilter
{
    private static readonly HttpResult Forbidden = HttpResult.Text(403, "Unknown tenant");

    public bool OnRequest(scoped in HttpRequest request, HttpResponse response)
    {
        if (Routing.RouteTemplateValues.TryGet(response.Route, request.Path, "tenant", out var tenant) && tenant.SequenceEqual("acme"u8))
        {
            return true;
        }

        response.WriteResult(Forbidden, omitBody: request.Method == RequestMethod.Head);
        return false;
    }
}

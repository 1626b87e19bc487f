using System.Linq;
using MiniHttp.Generated;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>The generated router lists its routes as data: method, template and handler, as the attributes declare them.</summary>
public sealed class RouteListTests
{
    [Fact]
    public void Every_declared_route_is_listed_once_with_its_handler()
    {
        Assert.Contains(new RouteDescription("GET", "/baseline11", "MiniHttp.Generators.Tests.Dispatch.TestRoutes.Sum"), Router.Routes);
        Assert.Contains(new RouteDescription("POST", "/baseline11", "MiniHttp.Generators.Tests.Dispatch.TestRoutes.SumWithBody"), Router.Routes);
        Assert.Contains(new RouteDescription("PUT", "/stream/{name}", "MiniHttp.Generators.Tests.Dispatch.AsyncRoutes.Save"), Router.Routes);
        Assert.Equal(Router.Routes.Count, Router.Routes.Distinct().Count());
    }

    [Fact]
    public void Head_and_options_are_answered_but_not_declared()
    {
        Assert.DoesNotContain(Router.Routes, static route => route.Method is "HEAD" or "OPTIONS" && route.Template == "/baseline11");
    }
}

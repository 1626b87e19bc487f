using System;
using MiniHttp.Generated;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>
/// Instance handlers: the router calls them on the routes instances the application gives its constructor, so their
/// state lives as long as the router and is shared by every request.
/// </summary>
public sealed class InstanceRoutesTests
{
    [Fact]
    public void A_routes_instance_keeps_its_state_across_requests()
    {
        var router = new Router(new CounterRoutes(10), new StoreRoutes());

        Assert.Equal(Wire.Ok("10"), Wire.Dispatch(router, RequestMethod.Get, "/counter"));
        Assert.Equal(Wire.Ok("11"), Wire.Dispatch(router, RequestMethod.Post, "/counter"));
        Assert.Equal(Wire.Ok("16"), Wire.Dispatch(router, RequestMethod.Post, "/counter?by=5"));
        Assert.Equal(Wire.Ok("16"), Wire.Dispatch(router, RequestMethod.Get, "/counter"));
    }

    [Fact]
    public void The_router_calls_the_instance_the_application_constructed()
    {
        var counter = new CounterRoutes(1);
        var router = new Router(counter, new StoreRoutes());

        counter.Add(41);

        Assert.Equal(Wire.Ok("42"), Wire.Dispatch(router, RequestMethod.Get, "/counter"));
        Assert.Equal(Wire.Ok("43"), Wire.Dispatch(router, RequestMethod.Post, "/counter"));
        Assert.Equal(43, counter.Current());
    }

    [Fact]
    public void Two_routers_over_different_instances_do_not_share_state()
    {
        var first = new Router(new CounterRoutes(100), new StoreRoutes());
        var second = new Router(new CounterRoutes(200), new StoreRoutes());

        Wire.Dispatch(first, RequestMethod.Post, "/counter");
        Wire.Dispatch(second, RequestMethod.Put, "/store/a", "x");

        Assert.Equal(Wire.Ok("101"), Wire.Dispatch(first, RequestMethod.Get, "/counter"));
        Assert.Equal(Wire.Ok("200"), Wire.Dispatch(second, RequestMethod.Get, "/counter"));
        Assert.Equal(Wire.Ok("0"), Wire.Dispatch(first, RequestMethod.Get, "/store/count"));
        Assert.Equal(Wire.Ok("1"), Wire.Dispatch(second, RequestMethod.Get, "/store/count"));
    }

    [Fact]
    public void Two_routes_classes_serve_templates_bodies_and_async_results_from_their_own_state()
    {
        var router = new Router(new CounterRoutes(), new StoreRoutes());

        Assert.Equal(Exchange.NoContent, Wire.Dispatch(router, RequestMethod.Put, "/store/tea", "green"));
        Assert.Equal(Wire.Ok("green"), Wire.Dispatch(router, RequestMethod.Get, "/store/tea"));
        Assert.Equal(Wire.HeadOf(Wire.Ok("green")), Wire.Dispatch(router, RequestMethod.Head, "/store/tea"));
        Assert.Equal(Wire.Ok("1"), Wire.Dispatch(router, RequestMethod.Get, "/store/count"));
        Assert.Equal(Wire.Ok("true"), Wire.Dispatch(router, RequestMethod.Delete, "/store/tea"));
        Assert.Equal(Wire.Ok("false"), Wire.Dispatch(router, RequestMethod.Delete, "/store/tea"));
        Assert.Equal(NotFoundResult, Wire.Dispatch(router, RequestMethod.Get, "/store/tea"));
        Assert.Equal(Wire.Ok("0"), Wire.Dispatch(router, RequestMethod.Get, "/counter"));
    }

    [Fact]
    public void Static_and_instance_handlers_mix_in_one_class_and_one_router()
    {
        var router = new Router(new CounterRoutes(3), new StoreRoutes());

        Assert.Equal(Wire.Ok("2147483647"), Wire.Dispatch(router, RequestMethod.Get, "/counter/limit"));
        Assert.Equal(Wire.Ok("3"), Wire.Dispatch(router, RequestMethod.Get, "/counter"));
        Assert.Equal(Wire.Ok("3"), Wire.Dispatch(router, RequestMethod.Get, "/baseline11?a=1&b=2"));
    }

    [Fact]
    public void A_bad_argument_to_an_instance_handler_is_a_400_that_leaves_its_state_alone()
    {
        var counter = new CounterRoutes(7);
        var router = new Router(counter, new StoreRoutes());

        Assert.Equal(Wire.BadRequest("Query parameter 'by' is not a valid int."), Wire.Dispatch(router, RequestMethod.Post, "/counter?by=x"));
        Assert.Equal(7, counter.Current());
    }

    [Fact]
    public void A_null_routes_instance_is_refused_by_the_router_constructor()
    {
        var counter = Assert.Throws<ArgumentNullException>(() => new Router(null!, new StoreRoutes()));
        var store = Assert.Throws<ArgumentNullException>(() => new Router(new CounterRoutes(), null!));

        Assert.Equal("counterRoutes", counter.ParamName);
        Assert.Equal("storeRoutes", store.ParamName);
    }

    [Fact]
    public void The_router_with_instance_handlers_requires_its_instance()
    {
        Assert.True(RequiresInstance<Router>());
    }

    private static bool RequiresInstance<TRouter>()
        where TRouter : struct, IHttpRouter => TRouter.RequiresInstance;

    private static string NotFoundResult => "HTTP/1.1 404 Not Found\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Length: 0\r\n\r\n";
}

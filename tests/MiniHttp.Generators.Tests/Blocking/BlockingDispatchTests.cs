using System;
using MiniHttp.Generated;
using MiniHttp.Generators.Tests.Dispatch;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Blocking;

/// <summary>
/// <c>[Blocking]</c> handlers answer as any handler does, in memory and over a real connection: arguments bound from
/// the request, the result written, <c>HEAD</c> and compression as ever; only the thread they run on differs.
/// </summary>
public sealed class BlockingDispatchTests
{
    [Fact]
    public void A_blocking_handler_runs_on_the_thread_pool() =>
        Assert.Equal(Wire.Ok("true"), Wire.Dispatch(RequestMethod.Get, "/blocking/thread"));

    [Fact]
    public void Its_arguments_are_bound_and_its_result_written()
    {
        Assert.Equal(Wire.Ok("5"), Wire.Dispatch(RequestMethod.Get, "/blocking/sum?a=2&b=3"));
        Assert.Equal(Wire.BadRequest("Query parameter 'b' is missing."), Wire.Dispatch(RequestMethod.Get, "/blocking/sum?a=2"));
    }

    [Fact]
    public void Head_gets_the_head_of_get() =>
        Assert.Equal(Wire.HeadOf(Wire.Dispatch(RequestMethod.Get, "/blocking/sum?a=2&b=3")), Wire.Dispatch(RequestMethod.Head, "/blocking/sum?a=2&b=3"));

    [Fact]
    public void A_void_handler_gets_204() =>
        Assert.StartsWith("HTTP/1.1 204 No Content\r\n", Wire.Dispatch(RequestMethod.Post, "/blocking/nothing?a=1"), StringComparison.Ordinal);

    [Fact]
    public void An_async_handler_is_awaited_on_the_thread_pool() =>
        Assert.Equal(Wire.Ok("later tea"), Wire.Dispatch(RequestMethod.Post, "/blocking/later", "tea"));

    [Fact]
    public void A_handler_that_blocks_on_its_streamed_body_reads_all_of_it()
    {
        // Over a real connection only: a body is streamed from the connection's input.
        var response = Loopback.Exchange("POST", "/blocking/upload", string.Empty, new byte[100_000]);

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", response, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n100000", response, StringComparison.Ordinal);
    }

    [Fact]
    public void An_instance_handler_is_called_on_the_routers_instance()
    {
        var counter = new CounterRoutes(40);
        var router = new Router(counter, new StoreRoutes());

        Assert.Equal(Wire.Ok("42"), Wire.Dispatch(router, RequestMethod.Post, "/counter/blocking?by=2"));
        Assert.Equal(42, counter.Current());
    }

    [Fact]
    public void A_handler_that_throws_gets_a_500() =>
        Assert.StartsWith("HTTP/1.1 500 Internal Server Error\r\n", Loopback.Exchange("GET", "/blocking/fails", string.Empty, []), StringComparison.Ordinal);

    [Fact]
    public void A_compressed_handler_compresses()
    {
        var response = Loopback.Exchange("GET", "/blocking/text", "Accept-Encoding: br\r\n", []);

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", response, StringComparison.Ordinal);
        Assert.Contains("\r\nContent-Encoding: br\r\n", response, StringComparison.Ordinal);
    }
}

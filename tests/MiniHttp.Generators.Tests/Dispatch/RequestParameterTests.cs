using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>A parameter of type <see cref="HttpRequest"/> receives the request being dispatched.</summary>
public sealed class RequestParameterTests
{
    [Fact]
    public void The_handler_sees_the_request()
    {
        Assert.Equal(Wire.Ok("Get 7"), Wire.Dispatch(RequestMethod.Get, "/bind/request?a=1&b=2"));
    }

    [Fact]
    public void The_handler_can_answer_with_the_requests_own_bytes()
    {
        Assert.Equal(Wire.Ok("as sent"), Wire.Dispatch(RequestMethod.Post, "/bind/request/body", "as sent"));
    }
}

using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>
/// <c>HEAD</c> is answered for every <c>GET</c> route by its own handler: the same status and headers, Content-Length
/// included, and no body (RFC 9110, section 9.3.2).
/// </summary>
public sealed class HeadTests
{
    [Fact]
    public void Head_gets_the_get_responses_head_with_its_content_length_and_no_body()
    {
        Assert.Equal(
            "HTTP/1.1 200 OK\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 2\r\n\r\n",
            Wire.Dispatch(RequestMethod.Head, "/pipeline"));
    }

    [Theory]
    [InlineData("/baseline11?a=1&b=2")]
    [InlineData("/greet?name=%C3%A9")]
    [InlineData("/long?value=-9")]
    [InlineData("/nothing")]
    [InlineData("/bytes")]
    [InlineData("/no-bytes")]
    [InlineData("/first")]
    [InlineData("/via-route")]
    public void Head_answers_exactly_the_head_of_get(string target)
    {
        Assert.Equal(Wire.HeadOf(Wire.Dispatch(RequestMethod.Get, target)), Wire.Dispatch(RequestMethod.Head, target));
    }

    [Theory]
    [InlineData("/baseline11?a=1")]
    [InlineData("/baseline11?a=x&b=2")]
    [InlineData("/greet?name=%FF")]
    public void Head_with_wrong_arguments_gets_the_head_of_the_400(string target)
    {
        var get = Wire.Dispatch(RequestMethod.Get, target);

        Assert.StartsWith("HTTP/1.1 400 Bad Request\r\n", get, System.StringComparison.Ordinal);
        Assert.Equal(Wire.HeadOf(get), Wire.Dispatch(RequestMethod.Head, target));
    }

    [Fact]
    public void Head_on_an_unknown_path_gets_the_head_of_the_404()
    {
        Assert.Equal(Wire.HeadOf(Wire.NotFound), Wire.Dispatch(RequestMethod.Head, "/nowhere"));
    }

    [Fact]
    public void Head_on_a_path_without_get_gets_the_head_of_the_405()
    {
        Assert.Equal(Wire.HeadOf(Wire.MethodNotAllowed("POST, OPTIONS")), Wire.Dispatch(RequestMethod.Head, "/echo"));
    }

    [Fact]
    public void A_handler_declared_for_head_answers_it_instead_of_the_get_handler_still_without_a_body()
    {
        Assert.Equal(Wire.HeadOf(Wire.Ok("head")), Wire.Dispatch(RequestMethod.Head, "/explicit"));
        Assert.Equal(Wire.Ok("get"), Wire.Dispatch(RequestMethod.Get, "/explicit"));
    }
}

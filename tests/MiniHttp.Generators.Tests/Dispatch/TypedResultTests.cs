using System;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>A handler's <see cref="HttpResult"/> is written as it describes itself, and answers HEAD too.</summary>
public sealed class TypedResultTests
{
    private const string Created =
        "HTTP/1.1 201 Created\r\nServer: MiniHttp\r\n" + Wire.Date + "Location: /items/7\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 7\r\n\r\ncreated";

    [Fact]
    public void Status_headers_and_body_come_from_the_result()
    {
        Assert.Equal(Created, Wire.Dispatch(RequestMethod.Get, "/typed/created"));
    }

    [Fact]
    public void Head_gets_the_result_without_its_body()
    {
        Assert.Equal(Wire.HeadOf(Created), Wire.Dispatch(RequestMethod.Head, "/typed/created"));
    }

    [Fact]
    public void A_bare_status_has_an_empty_body()
    {
        Assert.Equal(
            "HTTP/1.1 410 Gone\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Length: 0\r\n\r\n",
            Wire.Dispatch(RequestMethod.Get, "/typed/gone"));
    }

    [Fact]
    public void A_json_result_carries_its_status()
    {
        Assert.Equal(
            "HTTP/1.1 202 Accepted\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Type: application/json; charset=utf-8\r\n"
            + "Content-Length: 27\r\n\r\n{\"Item\":\"tea\",\"Quantity\":2}",
            Exchange.Dispatch(RequestMethod.Post, "/typed/json", "Content-Type: application/json\r\n", """{"Item":"tea","Quantity":2}"""));
    }

    [Fact]
    public void A_header_value_that_could_split_the_response_never_reaches_the_wire()
    {
        var exception = Record.Exception(() => Wire.Dispatch(RequestMethod.Get, "/typed/bad-header?value=a%0D%0ASet-Cookie:%20x=1"));

        Assert.IsType<ArgumentException>(exception, exactMatch: false);
    }
}

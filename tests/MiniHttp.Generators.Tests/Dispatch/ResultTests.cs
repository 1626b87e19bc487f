using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>How each supported result type is written: always <c>200 OK</c> with a <c>text/plain</c> body.</summary>
public sealed class ResultTests
{
    [Fact]
    public void An_int_is_written_in_its_invariant_form()
    {
        Assert.Equal(Wire.Ok("-3"), Wire.Dispatch(RequestMethod.Get, "/baseline11?a=-5&b=2"));
    }

    [Fact]
    public void A_long_is_written_in_its_invariant_form()
    {
        Assert.Equal(Wire.Ok("-9223372036854775807"), Wire.Dispatch(RequestMethod.Get, "/long?value=9223372036854775807"));
    }

    [Fact]
    public void A_byte_span_is_written_as_it_is()
    {
        Assert.Equal(Wire.Ok("ok"), Wire.Dispatch(RequestMethod.Get, "/pipeline"));
    }

    [Fact]
    public void A_byte_array_is_written_as_it_is()
    {
        Assert.Equal(Wire.Ok("AB"), Wire.Dispatch(RequestMethod.Get, "/bytes"));
    }

    [Fact]
    public void A_string_is_written_as_utf8()
    {
        Assert.Equal(Wire.Ok("Hello, Zoë!"), Wire.Dispatch(RequestMethod.Get, "/greet?name=Zo%C3%AB"));
    }

    [Theory]
    [InlineData("/nothing")]
    [InlineData("/no-bytes")]
    public void A_null_string_or_byte_array_is_an_empty_body(string path)
    {
        Assert.Equal(Wire.Ok(""), Wire.Dispatch(RequestMethod.Get, path));
    }
}

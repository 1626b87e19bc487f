using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>How each supported result type is written: <c>200 OK</c> with a <c>text/plain</c> body, or <c>204</c> for nothing.</summary>
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

    [Theory]
    [InlineData("/bind/false", "false")]
    [InlineData("/bind/route/TRUE/bool", "true")]
    [InlineData("/bind/double/result", "0.30000000000000004")]
    [InlineData("/bind/decimal/result", "-12.50")]
    [InlineData("/bind/guid/result", "0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("/bind/ulong/result", "18446744073709551615")]
    [InlineData("/bind/short/result", "-32768")]
    public void Bools_numbers_and_guids_are_written_in_their_invariant_form(string path, string expected)
    {
        Assert.Equal(Wire.Ok(expected), Wire.Dispatch(RequestMethod.Get, path));
    }

    [Fact]
    public void Nothing_is_204_no_content()
    {
        Assert.Equal(Exchange.NoContent, Wire.Dispatch(RequestMethod.Get, "/bind/void"));
        Assert.Equal(Exchange.NoContent, Wire.Dispatch(RequestMethod.Post, "/bind/void", "1"));
    }

    [Fact]
    public void Nothing_is_answered_after_the_arguments_bind()
    {
        Assert.Equal(Wire.BadRequest("Request body for parameter 'v' is not a valid int."), Wire.Dispatch(RequestMethod.Post, "/bind/void", "x"));
    }

    [Fact]
    public void Head_of_nothing_is_the_same_204()
    {
        Assert.Equal(Exchange.NoContent, Wire.Dispatch(RequestMethod.Head, "/bind/void"));
    }

    [Theory]
    [InlineData("/bind/false")]
    [InlineData("/bind/double/result")]
    [InlineData("/bind/decimal/result")]
    [InlineData("/bind/guid/result")]
    [InlineData("/bind/ulong/result")]
    [InlineData("/bind/short/result")]
    [InlineData("/bind/uint?v=1")]
    [InlineData("/bind/raw?v=abc")]
    [InlineData("/bind/string?v=abc")]
    [InlineData("/bind/enum?v=red")]
    public void Head_answers_exactly_the_head_of_get_for_every_result_kind(string target)
    {
        Assert.Equal(Wire.HeadOf(Wire.Dispatch(RequestMethod.Get, target)), Wire.Dispatch(RequestMethod.Head, target));
    }
}

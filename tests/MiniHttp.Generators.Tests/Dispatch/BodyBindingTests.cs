using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>Binding the one <c>[FromBody]</c> parameter from the whole body, taken exactly as it is (never percent-decoded).</summary>
public sealed class BodyBindingTests
{
    [Theory]
    [InlineData("20", "75")]
    [InlineData("-55", "0")]
    [InlineData("0", "55")]
    public void An_int_body_is_parsed_strictly(string body, string expected)
    {
        Assert.Equal(Wire.Ok(expected), Wire.Dispatch(RequestMethod.Post, "/baseline11?a=13&b=42", body));
    }

    [Fact]
    public void An_empty_int_body_is_missing()
    {
        Assert.Equal(
            Wire.BadRequest("Request body for parameter 'body' is missing."),
            Wire.Dispatch(RequestMethod.Post, "/baseline11?a=13&b=42", ""));
    }

    [Theory]
    [InlineData("+20")]
    [InlineData(" 20")]
    [InlineData("20 ")]
    [InlineData("20\r\n")]
    [InlineData("%32%30")]
    [InlineData("2147483648")]
    public void A_malformed_int_body_is_a_bad_request_naming_the_parameter(string body)
    {
        Assert.Equal(
            Wire.BadRequest("Request body for parameter 'body' is not a valid int."),
            Wire.Dispatch(RequestMethod.Post, "/baseline11?a=13&b=42", body));
    }

    [Fact]
    public void Query_arguments_are_bound_before_the_body()
    {
        Assert.Equal(Wire.BadRequest("Query parameter 'b' is missing."), Wire.Dispatch(RequestMethod.Post, "/baseline11?a=13", "x"));
    }

    [Fact]
    public void A_long_body_is_parsed_strictly()
    {
        Assert.Equal(Wire.Ok("-9223372036854775808"), Wire.Dispatch(RequestMethod.Post, "/long?value=0", "-9223372036854775808"));
        Assert.Equal(
            Wire.BadRequest("Request body for parameter 'body' is not a valid long."),
            Wire.Dispatch(RequestMethod.Post, "/long?value=0", "-9223372036854775809"));
    }

    [Theory]
    [InlineData("héllo+%20")]
    [InlineData("")]
    public void A_string_body_is_decoded_as_utf8_and_nothing_else(string body)
    {
        Assert.Equal(Wire.Ok(body), Wire.Dispatch(RequestMethod.Post, "/echo", body));
    }

    [Fact]
    public void A_string_body_that_is_not_utf8_is_a_bad_request()
    {
        Assert.Equal(
            Wire.BadRequest("Request body for parameter 'text' is not valid UTF-8."),
            Wire.Dispatch(RequestMethod.Post, "/echo", [0x68, 0xC3, 0x28]));
    }

    [Fact]
    public void A_byte_span_body_is_the_bytes_as_they_are()
    {
        Assert.Equal(Wire.Ok("3"), Wire.Dispatch(RequestMethod.Post, "/length", [0xFF, 0x00, 0x80]));
    }

    [Fact]
    public void A_byte_array_body_is_a_copy_of_the_bytes()
    {
        Assert.Equal(Wire.Ok("cba"), Wire.Dispatch(RequestMethod.Post, "/reverse", "abc"));
    }
}

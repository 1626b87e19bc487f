using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>Binding <c>[FromHeader]</c> parameters: the first field of the name, any case, as sent (never percent-decoded).</summary>
public sealed class HeaderBindingTests
{
    [Theory]
    [InlineData("X-Count: 42\r\n", "42")]
    [InlineData("x-count: -7\r\n", "-7")]
    [InlineData("Host: a\r\nX-COUNT: 1\r\nX-Count: 2\r\n", "1")]
    public void A_header_binds_by_name_in_any_case_and_the_first_wins(string headers, string expected)
    {
        Assert.Equal(Wire.Ok(expected), Exchange.Dispatch(RequestMethod.Get, "/bind/header", headers));
    }

    [Theory]
    [InlineData("", "Header 'X-Count' is missing.")]
    [InlineData("X-Counter: 1\r\n", "Header 'X-Count' is missing.")]
    [InlineData("X-Count: many\r\n", "Header 'X-Count' is not a valid int.")]
    [InlineData("X-Count: 2147483648\r\n", "Header 'X-Count' is not a valid int.")]
    [InlineData("X-Count: %31\r\n", "Header 'X-Count' is not a valid int.")]
    [InlineData("X-Count:\r\n", "Header 'X-Count' is not a valid int.")]
    public void A_missing_or_malformed_header_is_a_bad_request_naming_it(string headers, string reason)
    {
        Assert.Equal(Wire.BadRequest(reason), Exchange.Dispatch(RequestMethod.Get, "/bind/header", headers));
    }

    [Fact]
    public void A_string_header_is_utf8_without_percent_decoding()
    {
        Assert.Equal(Wire.Ok("Zoë%20+"), Exchange.Dispatch(RequestMethod.Get, "/bind/header/string", "X-Name: Zo\u00c3\u00ab%20+\r\n"));
        Assert.Equal(
            Wire.BadRequest("Header 'X-Name' is not valid UTF-8."),
            Exchange.Dispatch(RequestMethod.Get, "/bind/header/string", "X-Name: \u00ff\r\n"));
    }

    [Fact]
    public void Without_a_name_the_header_is_named_like_the_parameter()
    {
        Assert.Equal(Wire.Ok("text/plain"), Exchange.Dispatch(RequestMethod.Get, "/bind/header/own-name", "Accept: text/plain\r\n"));
    }

    [Theory]
    [InlineData("", "none")]
    [InlineData("X-Count: 9223372036854775807\r\n", "9223372036854775807")]
    public void An_optional_header_may_be_missing(string headers, string expected)
    {
        Assert.Equal(Wire.Ok(expected), Exchange.Dispatch(RequestMethod.Get, "/bind/header/optional", headers));
    }

    [Fact]
    public void An_optional_header_that_is_there_must_still_parse()
    {
        Assert.Equal(
            Wire.BadRequest("Header 'X-Count' is not a valid long."),
            Exchange.Dispatch(RequestMethod.Get, "/bind/header/optional", "X-Count: 1.0\r\n"));
    }

    [Fact]
    public void Raw_header_bytes_are_the_value_without_surrounding_whitespace()
    {
        Assert.Equal(Wire.Ok("a%20b c"), Exchange.Dispatch(RequestMethod.Get, "/bind/header/raw", "X-Raw: \t a%20b c \r\n"));
    }

    [Theory]
    [InlineData("X-Color: GREEN\r\n", "Green")]
    [InlineData("X-Color: blue\r\n", "Blue")]
    public void An_enum_header_binds_by_name(string headers, string expected)
    {
        Assert.Equal(Wire.Ok(expected), Exchange.Dispatch(RequestMethod.Get, "/bind/header/enum", headers));
    }

    [Fact]
    public void Head_gets_the_head_of_a_header_bad_request()
    {
        Assert.Equal(
            Wire.HeadOf(Wire.BadRequest("Header 'X-Count' is missing.")),
            Exchange.Dispatch(RequestMethod.Head, "/bind/header", string.Empty));
    }
}

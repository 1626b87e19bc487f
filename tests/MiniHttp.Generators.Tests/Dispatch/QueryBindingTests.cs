using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>Binding <c>int</c>, <c>long</c> and <c>string</c> parameters from the query string, by parameter name.</summary>
public sealed class QueryBindingTests
{
    [Theory]
    [InlineData("/baseline11?a=13&b=42", "55")]
    [InlineData("/baseline11?b=42&a=13", "55")]
    [InlineData("/baseline11?x=1&a=13&y=&b=42&z", "55")]
    [InlineData("/baseline11?a=1&a=2&b=0", "1")]
    [InlineData("/baseline11?a=%31%33&b=4%32", "55")]
    [InlineData("/baseline11?a=%2D1&b=0", "-1")]
    [InlineData("/baseline11?a=-2147483648&b=0", "-2147483648")]
    [InlineData("/baseline11?a=0002147483647&b=0", "2147483647")]
    public void Ints_bind_by_name_in_any_order_and_percent_decoded(string target, string expected)
    {
        Assert.Equal(Wire.Ok(expected), Wire.Dispatch(RequestMethod.Get, target));
    }

    [Theory]
    [InlineData("/baseline11", "a")]
    [InlineData("/baseline11?b=1", "a")]
    [InlineData("/baseline11?a=1", "b")]
    [InlineData("/baseline11?A=1&b=1", "a")]
    [InlineData("/baseline11?aa=1&b=1", "a")]
    [InlineData("/baseline11?%61=1&b=1", "a")]
    public void A_missing_parameter_is_a_bad_request_naming_it(string target, string parameter)
    {
        Assert.Equal(Wire.BadRequest($"Query parameter '{parameter}' is missing."), Wire.Dispatch(RequestMethod.Get, target));
    }

    [Theory]
    [InlineData("a=&b=1")]
    [InlineData("a&b=1")]
    [InlineData("a=+1&b=1")]
    [InlineData("a=%2B1&b=1")]
    [InlineData("a=%201&b=1")]
    [InlineData("a=1.0&b=1")]
    [InlineData("a=0x10&b=1")]
    [InlineData("a=-&b=1")]
    [InlineData("a=1-&b=1")]
    [InlineData("a=2147483648&b=1")]
    [InlineData("a=-2147483649&b=1")]
    [InlineData("a=%3&b=1")]
    [InlineData("a=%G1&b=1")]
    [InlineData("a=１&b=1")]
    public void A_malformed_int_is_a_bad_request_naming_the_parameter(string query)
    {
        Assert.Equal(
            Wire.BadRequest("Query parameter 'a' is not a valid int."),
            Wire.Dispatch(RequestMethod.Get, "/baseline11?" + query));
    }

    [Fact]
    public void A_malformed_long_names_the_type()
    {
        Assert.Equal(
            Wire.BadRequest("Query parameter 'value' is not a valid long."),
            Wire.Dispatch(RequestMethod.Get, "/long?value=9223372036854775808"));
    }

    [Theory]
    [InlineData("name=Ada", "Hello, Ada!")]
    [InlineData("name=Ada+Lovelace", "Hello, Ada Lovelace!")]
    [InlineData("name=Ada%20Lovelace", "Hello, Ada Lovelace!")]
    [InlineData("name=a%2Bb%26c%3Dd", "Hello, a+b&c=d!")]
    [InlineData("name=%E2%82%AC", "Hello, €!")]
    [InlineData("name=", "Hello, !")]
    public void Strings_are_percent_decoded_with_plus_for_space(string query, string expected)
    {
        Assert.Equal(Wire.Ok(expected), Wire.Dispatch(RequestMethod.Get, "/greet?" + query));
    }

    [Theory]
    [InlineData("name=%FF")]
    [InlineData("name=%C3")]
    [InlineData("name=%ZZ")]
    [InlineData("name=100%")]
    public void A_string_that_is_not_percent_encoded_utf8_is_a_bad_request(string query)
    {
        Assert.Equal(
            Wire.BadRequest("Query parameter 'name' is not valid percent-encoded UTF-8."),
            Wire.Dispatch(RequestMethod.Get, "/greet?" + query));
    }
}

using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>
/// Each parameter type, parsed strictly and culture-invariantly from the query string (after percent-decoding), and
/// written back as its result: a value out of range, in another form, or around whitespace is a <c>400</c>.
/// </summary>
public sealed class ParameterTypeTests
{
    [Theory]
    [InlineData("int", "-2147483648", "-2147483648")]
    [InlineData("int", "%2D7", "-7")]
    [InlineData("long", "9223372036854775807", "9223372036854775807")]
    [InlineData("short", "-32768", "-32768")]
    [InlineData("short", "0032767", "32767")]
    [InlineData("uint", "4294967295", "4294967295")]
    [InlineData("ulong", "18446744073709551615", "18446744073709551615")]
    [InlineData("bool", "true", "true")]
    [InlineData("bool", "False", "false")]
    [InlineData("bool", "TRUE", "true")]
    [InlineData("double", "1.5", "1.5")]
    [InlineData("double", "-0.25e2", "-25")]
    [InlineData("double", "1E%2B3", "1000")]
    [InlineData("double", "0.1", "0.1")]
    [InlineData("decimal", "79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("decimal", "-12.50", "-12.50")]
    [InlineData("decimal", "1e2", "100")]
    [InlineData("guid", "0f8fad5b-d9cb-469f-a165-70867728950e", "0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("guid", "0F8FAD5B-D9CB-469F-A165-70867728950E", "0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("enum", "Green", "Green")]
    [InlineData("enum", "blue", "Blue")]
    [InlineData("enum", "RED", "Red")]
    [InlineData("string", "a+b%2Bc", "a b+c")]
    [InlineData("raw", "a+b%2Bc", "a+b%2Bc")]
    public void A_valid_value_binds_and_comes_back(string type, string value, string expected)
    {
        Assert.Equal(Wire.Ok(expected), Wire.Dispatch(RequestMethod.Get, $"/bind/{type}?v={value}"));
    }

    [Theory]
    [InlineData("short", "32768")]
    [InlineData("short", "-32769")]
    [InlineData("uint", "4294967296")]
    [InlineData("uint", "-1")]
    [InlineData("uint", "-0")]
    [InlineData("uint", "+1")]
    [InlineData("ulong", "18446744073709551616")]
    [InlineData("long", "9223372036854775808")]
    [InlineData("bool", "1")]
    [InlineData("bool", "yes")]
    [InlineData("bool", "+true")]
    [InlineData("bool", "true%20")]
    [InlineData("bool", "")]
    [InlineData("double", "1e400")]
    [InlineData("double", "NaN")]
    [InlineData("double", "Infinity")]
    [InlineData("double", "+1")]
    [InlineData("double", ".5")]
    [InlineData("double", "5.")]
    [InlineData("double", "1,5")]
    [InlineData("double", "0x10")]
    [InlineData("double", "+1.5")]
    [InlineData("double", "%201.5")]
    [InlineData("decimal", "79228162514264337593543950336")]
    [InlineData("decimal", "1e29")]
    [InlineData("decimal", "1_000")]
    [InlineData("guid", "0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("guid", "{0f8fad5b-d9cb-469f-a165-70867728950e}")]
    [InlineData("guid", "0f8fad5b-d9cb-469f-a165-70867728950")]
    [InlineData("guid", "0f8fad5b-d9cb-469f-a165-70867728950e0")]
    [InlineData("int", "%")]
    [InlineData("int", "%4")]
    [InlineData("int", "%XY")]
    public void A_malformed_or_overflowing_value_is_a_bad_request_naming_parameter_and_type(string type, string value)
    {
        var shown = type switch
        {
            "guid" => "Guid",
            _ => type,
        };
        Assert.Equal(
            Wire.BadRequest($"Query parameter 'v' is not a valid {shown}."),
            Wire.Dispatch(RequestMethod.Get, $"/bind/{type}?v={value}"));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("7")]
    [InlineData("-1")]
    [InlineData("Red,Green")]
    [InlineData(" Red")]
    [InlineData("Red+")]
    [InlineData("Purple")]
    [InlineData("")]
    public void An_enum_binds_by_name_only_never_by_number(string value)
    {
        Assert.Equal(Wire.BadRequest("Query parameter 'v' is not a valid Color."), Wire.Dispatch(RequestMethod.Get, "/bind/enum?v=" + value));
    }

    [Fact]
    public void A_query_name_can_differ_from_the_parameter_name()
    {
        Assert.Equal(Wire.Ok("50"), Wire.Dispatch(RequestMethod.Get, "/bind/named?page-size=50&pageSize=1"));
        Assert.Equal(Wire.BadRequest("Query parameter 'page-size' is missing."), Wire.Dispatch(RequestMethod.Get, "/bind/named?pageSize=1"));
    }

    [Theory]
    [InlineData("double", "2.5e1", "25")]
    [InlineData("enum", "green", "Green")]
    [InlineData("bool", "false", "false")]
    [InlineData("raw", "a%20+b", "a%20+b")]
    public void An_unconstrained_route_value_binds_to_any_type(string type, string value, string expected)
    {
        var path = type switch
        {
            "enum" => $"/bind/route/{value}/enum",
            "bool" => $"/bind/route/{value}/bool",
            "raw" => $"/bind/route/{value}/raw",
            _ => $"/bind/route/{value}/double",
        };
        Assert.Equal(Wire.Ok(expected), Wire.Dispatch(RequestMethod.Get, path));
    }

    [Theory]
    [InlineData("/bind/route/1e999/double", "Route value 'v' is not a valid double.")]
    [InlineData("/bind/route/2/enum", "Route value 'color' is not a valid Color.")]
    [InlineData("/bind/route/yes/bool", "Route value 'flag' is not a valid bool.")]
    [InlineData("/bind/route/%ZZ/double", "Route value 'v' is not a valid double.")]
    public void A_route_value_that_does_not_parse_is_a_bad_request(string path, string reason)
    {
        Assert.Equal(Wire.BadRequest(reason), Wire.Dispatch(RequestMethod.Get, path));
    }

    [Theory]
    [InlineData("double", "-1.25", "-1.25")]
    [InlineData("guid", "0f8fad5b-d9cb-469f-a165-70867728950e", "0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("bool", "true", "true")]
    [InlineData("enum", "blue", "Blue")]
    public void A_body_value_binds_as_sent(string type, string body, string expected)
    {
        Assert.Equal(Wire.Ok(expected), Wire.Dispatch(RequestMethod.Post, "/bind/body/" + type, body));
    }

    [Theory]
    [InlineData("double", "1.5\n", "Request body for parameter 'v' is not a valid double.")]
    [InlineData("double", "1%2E5", "Request body for parameter 'v' is not a valid double.")]
    [InlineData("guid", "nope", "Request body for parameter 'v' is not a valid Guid.")]
    [InlineData("bool", "true ", "Request body for parameter 'v' is not a valid bool.")]
    [InlineData("enum", "7", "Request body for parameter 'v' is not a valid Color.")]
    [InlineData("double", "", "Request body for parameter 'v' is missing.")]
    [InlineData("enum", "", "Request body for parameter 'v' is missing.")]
    public void A_body_value_that_does_not_parse_or_is_missing_is_a_bad_request(string type, string body, string reason)
    {
        Assert.Equal(Wire.BadRequest(reason), Wire.Dispatch(RequestMethod.Post, "/bind/body/" + type, body));
    }

    [Fact]
    public void A_bad_request_leaves_the_connection_open()
    {
        // No Connection: close: the request was well framed, only its argument was wrong.
        Assert.DoesNotContain("Connection:", Wire.Dispatch(RequestMethod.Get, "/bind/int?v=x"), System.StringComparison.Ordinal);
    }
}

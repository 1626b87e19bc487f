using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>Nullable and default-valued parameters: a missing value is null or the default; a malformed one is still a 400.</summary>
public sealed class OptionalParameterTests
{
    private const string Defaults = "null,null,5,Blue,1.5,2.5,00000000-0000-0000-0000-000000000000";

    [Fact]
    public void Missing_optional_values_are_null_or_their_defaults()
    {
        Assert.Equal(Wire.Ok(Defaults), Wire.Dispatch(RequestMethod.Get, "/bind/optional"));
    }

    [Fact]
    public void Present_optional_values_bind_like_required_ones()
    {
        Assert.Equal(
            Wire.Ok("-1,x y,6,Green,0.25,-3,0f8fad5b-d9cb-469f-a165-70867728950e"),
            Wire.Dispatch(RequestMethod.Get, "/bind/optional?a=-1&b=x+y&c=6&d=green&e=0.25&f=-3&g=0f8fad5b-d9cb-469f-a165-70867728950e"));
    }

    [Fact]
    public void An_empty_value_is_an_empty_string_and_otherwise_absent()
    {
        Assert.Equal(Wire.Ok("null,,5,Blue,1.5,2.5,00000000-0000-0000-0000-000000000000"), Wire.Dispatch(RequestMethod.Get, "/bind/optional?b="));
        Assert.Equal(Wire.Ok(Defaults), Wire.Dispatch(RequestMethod.Get, "/bind/optional?a=&c=&d=&e=&f=&g="));
    }

    [Theory]
    [InlineData("a=x", "Query parameter 'a' is not a valid int.")]
    [InlineData("b=%FF", "Query parameter 'b' is not valid percent-encoded UTF-8.")]
    [InlineData("c=99999999999", "Query parameter 'c' is not a valid int.")]
    [InlineData("d=1", "Query parameter 'd' is not a valid Color.")]
    [InlineData("e=1e999", "Query parameter 'e' is not a valid double.")]
    [InlineData("f=%", "Query parameter 'f' is not a valid decimal.")]
    [InlineData("g=0", "Query parameter 'g' is not a valid Guid.")]
    public void A_malformed_optional_value_is_a_bad_request(string query, string reason)
    {
        Assert.Equal(Wire.BadRequest(reason), Wire.Dispatch(RequestMethod.Get, "/bind/optional?" + query));
    }

    [Theory]
    [InlineData("", "-1")]
    [InlineData("12", "12")]
    public void An_optional_body_value_is_null_when_the_body_is_empty(string body, string expected)
    {
        Assert.Equal(Wire.Ok(expected), Wire.Dispatch(RequestMethod.Post, "/bind/body/optional", body));
    }
}

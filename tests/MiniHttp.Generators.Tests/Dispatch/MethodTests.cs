using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary><c>[Put]</c>, <c>[Delete]</c>, <c>[Patch]</c> and <c>[Route]</c> for any other method token, matched case-sensitively.</summary>
public sealed class MethodTests
{
    [Theory]
    [InlineData("PUT", "/items?name=a", "", "put a")]
    [InlineData("DELETE", "/items?id=7", "", "7")]
    [InlineData("PATCH", "/items", "x", "patched x")]
    [InlineData("PURGE", "/items", "", "purged")]
    [InlineData("GET", "/via-route", "", "route")]
    public void Each_method_reaches_its_handler(string method, string target, string body, string answer)
    {
        Assert.Equal(Wire.Ok(answer), Wire.Dispatch(method, target, body));
    }

    [Theory]
    [InlineData("purge")]
    [InlineData("Purge")]
    [InlineData("PURGED")]
    [InlineData("PURG")]
    [InlineData("POST")]
    [InlineData("put")]
    public void Any_other_token_on_the_path_is_not_allowed(string method)
    {
        Assert.Equal(Wire.MethodNotAllowed("PUT, DELETE, PATCH, OPTIONS, PURGE"), Wire.Dispatch(method, "/items"));
    }

    [Fact]
    public void A_method_unknown_to_the_app_on_an_unknown_path_is_not_found()
    {
        Assert.Equal(Wire.NotFound, Wire.Dispatch("PURGE", "/nowhere"));
    }
}

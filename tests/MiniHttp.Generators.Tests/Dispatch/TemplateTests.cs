using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>
/// Route templates: which route a path reaches (literal first, then segment by segment: literal, int, long, guid,
/// untyped, catch-all), and how route values bind (percent-decoded; 400 for a value an unconstrained parameter cannot hold).
/// </summary>
public sealed class TemplateTests
{
    [Theory]
    [InlineData("/users/me", "me")]
    [InlineData("/users/42", "int 42")]
    [InlineData("/users/-2147483648", "int -2147483648")]
    [InlineData("/users/2147483648", "long 2147483648")]
    [InlineData("/users/9223372036854775807", "long 9223372036854775807")]
    [InlineData("/users/9223372036854775808", "name 9223372036854775808")]
    [InlineData("/users/0f8fad5b-d9cb-469f-a165-70867728950e", "guid 0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("/users/0F8FAD5B-D9CB-469F-A165-70867728950E", "guid 0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("/users/0f8fad5b", "name 0f8fad5b")]
    [InlineData("/users/me2", "name me2")]
    [InlineData("/users/+1", "name +1")]
    public void The_most_specific_matching_route_answers(string path, string answer)
    {
        Assert.Equal(Wire.Ok(answer), Wire.Dispatch(RequestMethod.Get, path));
    }

    [Theory]
    [InlineData("/users/%34%32", "int 42")]
    [InlineData("/users/%6De%2B", "name me+")]
    [InlineData("/users/a%20b", "name a b")]
    [InlineData("/users/a+b", "name a+b")]
    [InlineData("/users/a%2Fb", "name a/b")]
    [InlineData("/users/caf%C3%A9", "name café")]
    [InlineData("/files/a/b%20c/d", "file a/b c/d")]
    public void Route_values_are_percent_decoded_after_the_path_is_split_and_plus_stays_plus(string path, string answer)
    {
        Assert.Equal(Wire.Ok(answer), Wire.Dispatch(RequestMethod.Get, path));
    }

    [Theory]
    [InlineData("/files/", "file ")]
    [InlineData("/files/a", "file a")]
    [InlineData("/files/a/b/c", "file a/b/c")]
    [InlineData("/files/a/meta", "meta a")]
    [InlineData("/files/a/meta/", "file a/meta/")]
    [InlineData("/files/a/b/meta", "file a/b/meta")]
    public void A_catch_all_takes_the_rest_of_the_path_unless_a_more_specific_template_matches(string path, string answer)
    {
        Assert.Equal(Wire.Ok(answer), Wire.Dispatch(RequestMethod.Get, path));
    }

    [Theory]
    [InlineData("/left/right", "left right")]
    [InlineData("/up/right", "right up")]
    [InlineData("/left/x", "left x")]
    public void The_leftmost_segment_that_differs_decides(string path, string answer)
    {
        Assert.Equal(Wire.Ok(answer), Wire.Dispatch(RequestMethod.Get, path));
    }

    [Theory]
    [InlineData("/users")]
    [InlineData("/users/")]
    [InlineData("/users/1/")]
    [InlineData("/users/1/2")]
    [InlineData("/files")]
    [InlineData("/orders/1/items/x")]
    [InlineData("/orders/1/items/99999999999")]
    [InlineData("/orders/1/items")]
    [InlineData("/left")]
    public void A_path_no_template_matches_is_not_found(string path)
    {
        Assert.Equal(Wire.NotFound, Wire.Dispatch(RequestMethod.Get, path));
    }

    [Fact]
    public void Several_route_values_and_a_query_value_bind_together()
    {
        Assert.Equal(Wire.Ok("order 7 item 3 note hi"), Wire.Dispatch(RequestMethod.Get, "/orders/7/items/3?note=hi"));
    }

    [Theory]
    [InlineData("/orders/x/items/3?note=hi", "Route value 'order' is not a valid int.")]
    [InlineData("/orders/%FF/items/3?note=hi", "Route value 'order' is not a valid int.")]
    [InlineData("/ids/42", "Route value 'id' is not a valid Guid.")]
    [InlineData("/users/caf%C3", "Route value 'name' is not valid percent-encoded UTF-8.")]
    [InlineData("/users/100%", "Route value 'name' is not valid percent-encoded UTF-8.")]
    public void A_value_an_unconstrained_parameter_cannot_hold_is_a_bad_request(string target, string reason)
    {
        Assert.Equal(Wire.BadRequest(reason), Wire.Dispatch(RequestMethod.Get, target));
    }

    [Fact]
    public void An_unconstrained_guid_parameter_binds_a_guid()
    {
        Assert.Equal(Wire.Ok("id 0f8fad5b-d9cb-469f-a165-70867728950e"), Wire.Dispatch(RequestMethod.Get, "/ids/0f8fad5b-d9cb-469f-a165-70867728950e"));
    }

    [Fact]
    public void The_matching_template_dispatches_on_the_method_with_head_options_and_405()
    {
        Assert.Equal(Wire.Ok("deleted 5"), Wire.Dispatch(RequestMethod.Delete, "/users/5"));
        Assert.Equal(Wire.HeadOf(Wire.Ok("int 5")), Wire.Dispatch(RequestMethod.Head, "/users/5"));
        Assert.Equal(Wire.NoContent("GET, HEAD, DELETE, OPTIONS"), Wire.Dispatch(RequestMethod.Options, "/users/5"));
        Assert.Equal(Wire.MethodNotAllowed("GET, HEAD, DELETE, OPTIONS"), Wire.Dispatch(RequestMethod.Post, "/users/5"));
        Assert.Equal(Wire.MethodNotAllowed("GET, HEAD, OPTIONS"), Wire.Dispatch(RequestMethod.Delete, "/users/x"));
    }

    [Fact]
    public void A_literal_path_owns_its_methods_even_where_a_template_has_another()
    {
        Assert.Equal(Wire.MethodNotAllowed("GET, HEAD, OPTIONS"), Wire.Dispatch(RequestMethod.Delete, "/users/me"));
    }
}

using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>
/// <c>[FromBody]</c> parameters and results of types the JSON context lists, through its source-generated metadata:
/// malformed JSON, a missing body or a null for a non-nullable parameter is a <c>400</c> with a one-line reason.
/// </summary>
public sealed class JsonBindingTests
{
    [Theory]
    [InlineData("""{"Item":"tea","Quantity":2}""", "2 x tea")]
    [InlineData("""{"Quantity":3,"Item":"milk","Extra":[1,2]}""", "3 x milk")]
    [InlineData(""" {"Item":"tea","Quantity":1} """, "1 x tea")]
    public void A_json_body_is_deserialized(string body, string expected)
    {
        Assert.Equal(Wire.Ok(expected), Wire.Dispatch(RequestMethod.Post, "/bind/json", body));
    }

    [Theory]
    [InlineData("""{"Item":"tea","Quantity":2""", "Request body for parameter 'order' is not valid JSON for Order.")]
    [InlineData("""{"Item":"tea","Quantity":"two"}""", "Request body for parameter 'order' is not valid JSON for Order.")]
    [InlineData("""{"Item":"tea"} {}""", "Request body for parameter 'order' is not valid JSON for Order.")]
    [InlineData("Item=tea", "Request body for parameter 'order' is not valid JSON for Order.")]
    [InlineData("null", "Request body for parameter 'order' must not be null.")]
    [InlineData("", "Request body for parameter 'order' is missing.")]
    public void Malformed_json_null_or_no_body_is_a_bad_request_without_the_exception_text(string body, string reason)
    {
        Assert.Equal(Wire.BadRequest(reason), Wire.Dispatch(RequestMethod.Post, "/bind/json", body));
    }

    [Theory]
    [InlineData("", "none")]
    [InlineData("null", "none")]
    [InlineData("""{"Item":"jam","Quantity":1}""", "jam")]
    public void A_nullable_json_parameter_takes_null_and_an_empty_body(string body, string expected)
    {
        Assert.Equal(Wire.Ok(expected), Wire.Dispatch(RequestMethod.Post, "/bind/json/optional", body));
    }

    [Fact]
    public void A_json_struct_binds_and_rejects_null()
    {
        Assert.Equal(Wire.Ok("5"), Wire.Dispatch(RequestMethod.Post, "/bind/json/point", """{"X":2,"Y":3}"""));
        Assert.Equal(
            Wire.BadRequest("Request body for parameter 'point' is not valid JSON for Point."),
            Wire.Dispatch(RequestMethod.Post, "/bind/json/point", "null"));
    }

    [Fact]
    public void A_json_result_is_written_as_application_json()
    {
        Assert.Equal(
            Exchange.Json("""{"Item":"tea","Quantity":3}"""),
            Wire.Dispatch(RequestMethod.Post, "/bind/json/echo", """{"Item":"tea","Quantity":2}"""));
        Assert.Equal(
            Exchange.Json("""[{"Item":"tea","Quantity":2},{"Item":"milk","Quantity":1}]"""),
            Wire.Dispatch(RequestMethod.Get, "/bind/json/orders"));
        Assert.Equal(Exchange.Json("""{"X":3,"Y":-4}"""), Wire.Dispatch(RequestMethod.Get, "/bind/json/point"));
    }

    [Fact]
    public void A_null_json_result_is_the_json_null()
    {
        Assert.Equal(Exchange.Json("null"), Wire.Dispatch(RequestMethod.Get, "/bind/json/null"));
    }

    [Theory]
    [InlineData("/bind/json/orders")]
    [InlineData("/bind/json/null")]
    public void Head_gets_the_head_of_a_json_result(string path)
    {
        Assert.Equal(Wire.HeadOf(Wire.Dispatch(RequestMethod.Get, path)), Wire.Dispatch(RequestMethod.Head, path));
    }
}

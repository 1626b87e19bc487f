using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>
/// <c>[FromBody]</c> parameters and results of types the JSON context lists, through its source-generated metadata:
/// malformed JSON, a missing body or a null for a non-nullable parameter is a <c>400</c> with a one-line reason.
/// </summary>
public sealed class JsonBindingTests
{
    private const string JsonContentType = "Content-Type: application/json\r\n";

    private const string NotJson = "Request body for parameter 'order' must be sent as application/json.";

    [Theory]
    [InlineData("Content-Type: application/json; charset=utf-8\r\n")]
    [InlineData("Content-Type: Application/JSON ; charset=UTF-8\r\n")]
    [InlineData("Content-Type: application/vnd.shop.order+json\r\n")]
    [InlineData("Content-Type: application/problem+JSON;charset=utf-8\r\n")]
    public void A_json_body_may_be_any_json_media_type(string headers)
    {
        Assert.Equal(Wire.Ok("2 x tea"), Exchange.Dispatch(RequestMethod.Post, "/bind/json", headers, """{"Item":"tea","Quantity":2}"""));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Content-Type: text/plain\r\n")]
    [InlineData("Content-Type: application/x-www-form-urlencoded\r\n")]
    [InlineData("Content-Type: application/jsonp\r\n")]
    [InlineData("Content-Type: application/+json\r\n")]
    [InlineData("Content-Type: text/json\r\n")]
    [InlineData("Content-Type: json\r\n")]
    public void A_body_not_sent_as_json_is_an_unsupported_media_type(string headers)
    {
        Assert.Equal(
            Wire.Response("415 Unsupported Media Type", NotJson),
            Exchange.Dispatch(RequestMethod.Post, "/bind/json", headers, """{"Item":"tea","Quantity":2}"""));
    }

    [Fact]
    public void An_empty_body_is_missing_whatever_its_content_type()
    {
        Assert.Equal(Wire.BadRequest("Request body for parameter 'order' is missing."), Exchange.Dispatch(RequestMethod.Post, "/bind/json", string.Empty));
        Assert.Equal(Wire.Ok("none"), Exchange.Dispatch(RequestMethod.Post, "/bind/json/optional", "Content-Type: text/plain\r\n"));
    }

    [Theory]
    [InlineData("""{"Item":"tea","Quantity":2}""", "2 x tea")]
    [InlineData("""{"Quantity":3,"Item":"milk","Extra":[1,2]}""", "3 x milk")]
    [InlineData(""" {"Item":"tea","Quantity":1} """, "1 x tea")]
    [InlineData("""{"item":"tea","quantity":4}""", "4 x tea")]
    [InlineData("""{"ITEM":"tea","quantity":"5"}""", "5 x tea")]
    public void A_json_body_is_deserialized(string body, string expected)
    {
        Assert.Equal(Wire.Ok(expected), Exchange.Dispatch(RequestMethod.Post, "/bind/json", JsonContentType, body));
    }

    [Theory]
    [InlineData("""{"Item":"tea","Quantity":2""", "Request body for parameter 'order' is not valid JSON for Order.")]
    [InlineData("""{"Item":"tea","Quantity":"two"}""", "Request body for parameter 'order' is not valid JSON for Order.")]
    [InlineData("""{"Item":"tea"} {}""", "Request body for parameter 'order' is not valid JSON for Order.")]
    [InlineData("Item=tea", "Request body for parameter 'order' is not valid JSON for Order.")]
    [InlineData("[1,2]", "Request body for parameter 'order' is not valid JSON for Order.")]
    [InlineData("\"tea\"", "Request body for parameter 'order' is not valid JSON for Order.")]
    [InlineData("""{"item":["tea"],"quantity":2}""", "Request body for parameter 'order' is not valid JSON for Order.")]
    [InlineData("null", "Request body for parameter 'order' must not be null.")]
    [InlineData("", "Request body for parameter 'order' is missing.")]
    public void Malformed_json_null_or_no_body_is_a_bad_request_without_the_exception_text(string body, string reason)
    {
        Assert.Equal(Wire.BadRequest(reason), Exchange.Dispatch(RequestMethod.Post, "/bind/json", JsonContentType, body));
    }

    [Theory]
    [InlineData("", "none")]
    [InlineData("null", "none")]
    [InlineData("""{"Item":"jam","Quantity":1}""", "jam")]
    public void A_nullable_json_parameter_takes_null_and_an_empty_body(string body, string expected)
    {
        Assert.Equal(Wire.Ok(expected), Exchange.Dispatch(RequestMethod.Post, "/bind/json/optional", JsonContentType, body));
    }

    [Fact]
    public void A_json_struct_binds_and_rejects_null()
    {
        Assert.Equal(Wire.Ok("5"), Exchange.Dispatch(RequestMethod.Post, "/bind/json/point", JsonContentType, """{"X":2,"Y":3}"""));
        Assert.Equal(
            Wire.BadRequest("Request body for parameter 'point' is not valid JSON for Point."),
            Exchange.Dispatch(RequestMethod.Post, "/bind/json/point", JsonContentType, "null"));
    }

    [Fact]
    public void A_json_result_is_written_as_application_json()
    {
        Assert.Equal(
            Exchange.Json("""{"item":"tea","quantity":3}"""),
            Exchange.Dispatch(RequestMethod.Post, "/bind/json/echo", JsonContentType, """{"Item":"tea","Quantity":2}"""));
        Assert.Equal(
            Exchange.Json("""[{"item":"tea","quantity":2},{"item":"milk","quantity":1}]"""),
            Wire.Dispatch(RequestMethod.Get, "/bind/json/orders"));
        Assert.Equal(Exchange.Json("""{"x":3,"y":-4}"""), Wire.Dispatch(RequestMethod.Get, "/bind/json/point"));
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

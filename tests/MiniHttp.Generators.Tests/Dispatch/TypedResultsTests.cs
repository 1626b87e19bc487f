using System;
using System.Text;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>
/// Typed results and unions of them are written as their types say, in memory and over a real connection alike: status,
/// Location, JSON through the context's web-default metadata, problems as <c>application/problem+json</c>.
/// </summary>
public sealed class TypedResultsTests
{
    private const string Json = "application/json; charset=utf-8";

    [Fact]
    public void A_union_answers_its_ok_case_with_the_value_as_camel_case_json()
    {
        Assert.Equal(Response("200 OK", "", Json, """{"id":1,"title":"tea"}"""), Wire.Dispatch(RequestMethod.Get, "/results/todos/1"));
    }

    [Fact]
    public void A_union_answers_its_not_found_case_with_no_content()
    {
        Assert.Equal(Bodiless("404 Not Found"), Wire.Dispatch(RequestMethod.Get, "/results/todos/2"));
    }

    [Fact]
    public void Head_gets_the_case_without_its_body()
    {
        Assert.Equal(Wire.HeadOf(Response("200 OK", "", Json, """{"id":1,"title":"tea"}""")), Wire.Dispatch(RequestMethod.Head, "/results/todos/1"));
    }

    [Fact]
    public void Created_carries_its_location_and_a_camel_case_body_bound_from_camel_case()
    {
        Assert.Equal(
            Response("201 Created", "Location: /todos/7\r\n", Json, """{"id":7,"title":"x"}"""),
            Exchange.Dispatch(RequestMethod.Post, "/results/todos", "Content-Type: application/json\r\n", """{"id":7,"title":"x"}"""));
    }

    [Fact]
    public void A_body_is_bound_whatever_the_case_of_its_names()
    {
        Assert.Equal(
            Response("201 Created", "Location: /todos/7\r\n", Json, """{"id":7,"title":"x"}"""),
            Exchange.Dispatch(RequestMethod.Post, "/results/todos", "Content-Type: application/json\r\n", """{"ID":7,"Title":"x"}"""));
    }

    [Fact]
    public void A_json_case_other_than_the_first_is_written_with_its_own_metadata()
    {
        Assert.Equal(
            Response("400 Bad Request", "", Json, """{"item":"id","quantity":-3}"""),
            Exchange.Dispatch(RequestMethod.Post, "/results/todos", "Content-Type: application/json\r\n", """{"id":-3,"title":"x"}"""));
    }

    [Fact]
    public void A_bodiless_conflict_case()
    {
        Assert.Equal(Bodiless("409 Conflict"), Exchange.Dispatch(RequestMethod.Post, "/results/todos", "Content-Type: application/json\r\n", """{"id":1,"title":"x"}"""));
    }

    [Theory]
    [InlineData("/results/later/1", "200 OK", """{"id":1,"title":"tea"}""")]
    [InlineData("/results/later/5", "404 Not Found", """{"item":"todo","quantity":5}""")]
    [InlineData("/results/now", "200 OK", """{"id":1,"title":"tea"}""")]
    public void A_task_of_a_typed_result_is_written_when_it_completes(string target, string status, string body)
    {
        Assert.Equal(Response(status, "", Json, body), Wire.Dispatch(RequestMethod.Get, target));
    }

    [Fact]
    public void Ok_without_a_value_has_an_empty_body()
    {
        Assert.Equal(Bodiless("200 OK"), Wire.Dispatch(RequestMethod.Get, "/results/ok"));
    }

    [Theory]
    [InlineData("false", "HTTP/1.1 202 Accepted\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Length: 0\r\n\r\n")]
    [InlineData(
        "true",
        "HTTP/1.1 202 Accepted\r\nServer: MiniHttp\r\n" + Wire.Date + "Location: /queue/1\r\nContent-Type: application/json; charset=utf-8\r\n"
        + "Content-Length: 22\r\n\r\n{\"id\":1,\"title\":\"tea\"}")]
    public void Accepted_with_and_without_a_body(string withBody, string expected)
    {
        Assert.Equal(expected, Wire.Dispatch(RequestMethod.Get, "/results/accepted?withBody=" + withBody));
    }

    [Fact]
    public void No_content_has_no_content_length()
    {
        Assert.Equal("HTTP/1.1 204 No Content\r\nServer: MiniHttp\r\n" + Wire.Date + "\r\n", Wire.Dispatch(RequestMethod.Delete, "/results/todos/3"));
    }

    [Theory]
    [InlineData("false", "false", "302 Found")]
    [InlineData("true", "false", "301 Moved Permanently")]
    [InlineData("false", "true", "307 Temporary Redirect")]
    [InlineData("true", "true", "308 Permanent Redirect")]
    public void A_redirect_has_the_status_of_its_permanence_and_method(string permanent, string preserveMethod, string status)
    {
        Assert.Equal(
            $"HTTP/1.1 {status}\r\nServer: MiniHttp\r\n" + Wire.Date + "Location: /new\r\nContent-Length: 0\r\n\r\n",
            Wire.Dispatch(RequestMethod.Get, $"/results/redirect?permanent={permanent}&preserveMethod={preserveMethod}"));
    }

    [Fact]
    public void A_location_that_could_split_the_response_never_reaches_the_wire()
    {
        var exception = Record.Exception(() => Wire.Dispatch(RequestMethod.Get, "/results/redirect-header?to=/a%0D%0ASet-Cookie:%20x=1"));

        Assert.IsType<ArgumentException>(exception, exactMatch: false);
    }

    [Fact]
    public void A_problem_is_problem_json_with_the_status_type_and_title()
    {
        Assert.Equal(
            Response(
                "503 Service Unavailable",
                "",
                "application/problem+json",
                """{"type":"https://tools.ietf.org/html/rfc9110#section-15.6.4","title":"Service Unavailable","status":503,"detail":"Out of tea.",""" + ResponseCapture.TraceId + "}"),
            Wire.Dispatch(RequestMethod.Get, "/results/problem"));
    }

    [Fact]
    public void A_problem_without_a_status_is_500()
    {
        Assert.Equal(
            Response(
                "500 Internal Server Error",
                "",
                "application/problem+json",
                """{"type":"https://tools.ietf.org/html/rfc9110#section-15.6.1","title":"An error occurred while processing your request.","status":500,""" + ResponseCapture.TraceId + "}"),
            Wire.Dispatch(RequestMethod.Get, "/results/problem-default"));
    }

    [Fact]
    public void A_validation_problem_lists_each_member_s_errors()
    {
        Assert.Equal(
            Response(
                "400 Bad Request",
                "",
                "application/problem+json",
                """{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.","status":400,"errors":{"title":["The title is required."],"id":["Too small.","Odd."]},""" + ResponseCapture.TraceId + "}"),
            Wire.Dispatch(RequestMethod.Get, "/results/validation"));
    }

    [Theory]
    [InlineData(1, "200 OK")]
    [InlineData(3, "404 Not Found")]
    [InlineData(4, "400 Bad Request")]
    [InlineData(5, "409 Conflict")]
    [InlineData(6, "422 Unprocessable Content")]
    public void Each_case_of_a_six_case_union(int n, string status)
    {
        Assert.Equal(Bodiless(status), Wire.Dispatch(RequestMethod.Get, $"/results/six/{n}"));
    }

    [Fact]
    public void The_six_case_union_s_no_content_case()
    {
        Assert.Equal("HTTP/1.1 204 No Content\r\nServer: MiniHttp\r\n" + Wire.Date + "\r\n", Wire.Dispatch(RequestMethod.Get, "/results/six/2"));
    }

    [Fact]
    public void Unprocessable_entity_with_a_body()
    {
        Assert.Equal(Response("422 Unprocessable Content", "", Json, """{"item":"x","quantity":0}"""), Wire.Dispatch(RequestMethod.Get, "/results/unprocessable?withBody=true"));
    }

    [Fact]
    public void A_default_union_holds_no_result_and_fails_the_handler()
    {
        var exception = Record.Exception(() => Wire.Dispatch(RequestMethod.Get, "/results/none"));

        Assert.IsType<InvalidOperationException>(exception);
    }

    private static string Bodiless(string status) => $"HTTP/1.1 {status}\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Length: 0\r\n\r\n";

    private static string Response(string status, string headers, string contentType, string body) =>
        $"HTTP/1.1 {status}\r\nServer: MiniHttp\r\n" + Wire.Date + headers + $"Content-Type: {contentType}\r\nContent-Length: {Encoding.UTF8.GetByteCount(body.Replace(ResponseCapture.TraceId, "\"traceId\":\"0000000000000:00000000\"", StringComparison.Ordinal))}\r\n\r\n" + body;
}

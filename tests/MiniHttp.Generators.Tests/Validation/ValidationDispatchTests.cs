using System.Text;
using MiniHttp.Generators.Tests.Dispatch;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Validation;

/// <summary>
/// Requests to routes with DataAnnotations attributes, answered in memory and over a real connection (the two must
/// agree byte for byte): every failed check listed in one validation problem, keys and messages as ASP.NET Core 10's
/// minimal APIs write them; a request that passes reaches its handler.
/// </summary>
public sealed class ValidationDispatchTests
{
    private const string JsonContentType = "Content-Type: application/json\r\n";

    /// <summary>A body failing its own members, a nested object's and a collection element's.</summary>
    public const string FailingTodo = """
        {"Title":"  ","Priority":9,"Owner":"nobody","Link":"gopher://x","Slug":"Not A Slug","Assignee":{"Email":"a@"},"Steps":[{"Title":"ok","Hours":1},{"Title":null,"Hours":9}],"Tags":["a","b","c"]}
        """;

    // The default JSON encoder escapes ' and + (HTML-sensitive), as ASP.NET Core's problem details do.
    public static readonly string FailingTodoProblem = Errors(
        ("Title", "The Title field is required."),
        ("Priority", "The field Priority must be between 1 and 5."),
        ("Owner", "The Owner field is not a valid e-mail address."),
        ("Link", "The Link field is not a valid fully-qualified http, https, or ftp URL."),
        ("Slug", "The field Slug must match the regular expression \\u0027^[a-z]\\u002B(-[a-z]\\u002B)*$\\u0027."),
        ("Assignee.Name", "The Assignee name field is required."),
        ("Assignee.Email", "The Email field is not a valid e-mail address."),
        ("Steps[1].Title", "The Title field is required."),
        ("Steps[1].Hours", "The field Hours must be between 0.5 and 8."),
        ("Tags", "The field Tags must be a string or collection type with a minimum length of \\u00270\\u0027 and maximum length of \\u00272\\u0027."));

    public const string PassingTodo = """
        {"Title":"Write docs","Priority":2,"Owner":"me@example.org","Link":"HTTPS://example.org","Slug":"write-docs","Assignee":{"Name":"Ann"},"Steps":[{"Title":"outline","Hours":0.5}],"Tags":[]}
        """;

    [Fact]
    public void A_body_failing_several_members_gets_every_error_in_one_problem()
    {
        Assert.Equal(Problem(FailingTodoProblem), Exchange.Dispatch(RequestMethod.Post, "/validate/todo", JsonContentType, FailingTodo));
    }

    [Fact]
    public void A_body_that_passes_reaches_its_handler()
    {
        Assert.Equal(Wire.Ok("Write docs"), Exchange.Dispatch(RequestMethod.Post, "/validate/todo", JsonContentType, PassingTodo));
    }

    [Theory]
    [InlineData("""{"Title":"ab","Priority":1}""", "Title", "The field Title must be a string with a minimum length of 3 and a maximum length of 20.")]
    [InlineData("""{"Title":"abc","Priority":1,"Steps":[]}""", "Steps", "The field Steps must be a string or array type with a minimum length of \\u00271\\u0027.")]
    [InlineData("""{"Title":"abc","Priority":1,"Steps":[{"Title":"a","Hours":1},{"Title":"b","Hours":1},{"Title":"c","Hours":1},{"Title":"d","Hours":1}]}""", "Steps", "The field Steps must be a string or array type with a maximum length of \\u00273\\u0027.")]
    [InlineData("""{"Priority":1}""", "Title", "The Title field is required.")]
    public void Each_length_and_required_check_has_its_message(string body, string key, string message)
    {
        Assert.Equal(Problem(Errors((key, message))), Exchange.Dispatch(RequestMethod.Post, "/validate/todo", JsonContentType, body));
    }

    [Fact]
    public void A_query_parameter_out_of_range_and_a_missing_required_header_are_listed_together()
    {
        Assert.Equal(
            Problem(Errors(("limit", "The field limit must be between 1 and 100."), ("tenant", "The tenant field is required."))),
            Exchange.Dispatch(RequestMethod.Get, "/validate/page?limit=101", string.Empty));
    }

    [Theory]
    [InlineData("/validate/page?limit=1", "X-Tenant: ab\r\n", "1 ab")]
    [InlineData("/validate/page?limit=100", "X-Tenant: abc\r\n", "100 abc")]
    public void Parameters_within_their_checks_reach_the_handler(string target, string headers, string expected)
    {
        Assert.Equal(Wire.Ok(expected), Exchange.Dispatch(RequestMethod.Get, target, headers));
    }

    [Fact]
    public void A_header_too_short_fails_its_min_length()
    {
        Assert.Equal(
            Problem(Errors(("tenant", "The field tenant must be a string or array type with a minimum length of \\u00272\\u0027."))),
            Exchange.Dispatch(RequestMethod.Get, "/validate/page?limit=5", "X-Tenant: a\r\n"));
    }

    [Theory]
    [InlineData("/validate/items/abc", "code", "The field code must match the regular expression \\u0027^[A-Z]{3}$\\u0027.")]
    [InlineData("/validate/items/ABC?ratio=1", "ratio", "The field ratio must be between 0 and 1 exclusive.")]
    [InlineData("/validate/items/ABC?ratio=-0.5", "ratio", "The field ratio must be between 0 and 1 exclusive.")]
    public void A_route_value_and_an_optional_number_are_checked(string target, string key, string message)
    {
        Assert.Equal(Problem(Errors((key, message))), Exchange.Dispatch(RequestMethod.Get, target, string.Empty));
    }

    [Fact]
    public void Head_gets_the_problems_head_without_its_body()
    {
        var get = Exchange.Dispatch(RequestMethod.Get, "/validate/items/abc", string.Empty);
        var head = Exchange.Dispatch(RequestMethod.Head, "/validate/items/abc", string.Empty);

        Assert.Equal(get[..(get.IndexOf("\r\n\r\n", System.StringComparison.Ordinal) + 4)], head);
    }

    [Fact]
    public void A_collection_body_lists_its_elements_errors_under_the_parameters_name_skipping_nulls()
    {
        Assert.Equal(
            Problem(Errors(("steps[0].Hours", "The field Hours must be between 0.5 and 8."), ("steps[3].Title", "The Title field is required."))),
            Exchange.Dispatch(RequestMethod.Post, "/validate/steps", JsonContentType, """[{"Title":"a","Hours":0},{"Title":"b","Hours":8},null,{"Title":" ","Hours":1}]"""));
    }

    [Fact]
    public void A_validatable_object_runs_its_own_checks_once_its_members_pass()
    {
        Assert.Equal(
            Problem(Errors(("To", "To must be after From."))),
            Exchange.Dispatch(RequestMethod.Post, "/validate/window", JsonContentType, """{"From":9,"To":8}"""));
        Assert.Equal(
            Problem(Errors(("To", "The field To must be between 0 and 23."))),
            Exchange.Dispatch(RequestMethod.Post, "/validate/window", JsonContentType, """{"From":9,"To":24}"""));
        Assert.Equal(Wire.Ok("2"), Exchange.Dispatch(RequestMethod.Post, "/validate/window", JsonContentType, """{"From":9,"To":11}"""));
        Assert.Equal(
            Problem(Errors((string.Empty, "A window is at most 12 hours."))),
            Exchange.Dispatch(RequestMethod.Post, "/validate/window", JsonContentType, """{"From":0,"To":13}"""));
    }

    public static string Errors(params (string Key, string Message)[] errors)
    {
        var json = new StringBuilder("""{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.","status":400,"errors":{""");
        for (var i = 0; i < errors.Length; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append('"').Append(errors[i].Key).Append("\":[\"").Append(errors[i].Message).Append("\"]");
        }

        return json.Append("}}").ToString();
    }

    public static string Problem(string json) =>
        "HTTP/1.1 400 Bad Request\r\nServer: MiniHttp\r\n" + Wire.Date + "Content-Type: application/problem+json\r\n"
        + $"Content-Length: {Encoding.UTF8.GetByteCount(json)}\r\n\r\n{json}";
}

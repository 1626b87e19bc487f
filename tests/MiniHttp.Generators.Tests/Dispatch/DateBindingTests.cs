using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>
/// Dates and times from the query string, the route and headers, in memory and over loopback; an empty value leaves an
/// optional number or date its default, as <c>?limit=</c> does in ASP.NET Core.
/// </summary>
public sealed class DateBindingTests
{
    [Theory]
    [InlineData("/bind/datetime?v=2026-12-03", "2026-12-03T00:00:00.0000000 Unspecified")]
    [InlineData("/bind/datetime?v=2026-12-03T14%3A41%3A20Z", "2026-12-03T14:41:20.0000000Z Utc")]
    [InlineData("/bind/datetime?v=2026-12-03T15:41:20%2B01:00", "2026-12-03T14:41:20.0000000Z Utc")]
    [InlineData("/bind/datetimeoffset?v=2026-12-03T15:41:20%2B01:00", "2026-12-03T15:41:20.0000000+01:00")]
    [InlineData("/bind/datetimeoffset?v=2026-12-03T15:41:20", "2026-12-03T15:41:20.0000000+00:00")]
    [InlineData("/bind/route/2026-12-03/dateonly", "2026-12-03")]
    [InlineData("/bind/route/2024-02-29/dateonly", "2024-02-29")]
    public void Dates_bind_from_iso_8601(string target, string expected)
    {
        Assert.Equal(Wire.Ok(expected), Wire.Dispatch(RequestMethod.Get, target));
    }

    [Theory]
    [InlineData("/bind/datetime?v=12%2F03%2F2026", "Query parameter 'v' is not a valid DateTime.")]
    [InlineData("/bind/datetime?v=2026-12-03+14:41", "Query parameter 'v' is not a valid DateTime.")]
    [InlineData("/bind/datetime?v=", "Query parameter 'v' is not a valid DateTime.")]
    [InlineData("/bind/datetime", "Query parameter 'v' is missing.")]
    [InlineData("/bind/datetimeoffset?v=2026-12-03T15:41:20+01:00", "Query parameter 'v' is not a valid DateTimeOffset.")]
    [InlineData("/bind/route/2026-02-29/dateonly", "Route value 'day' is not a valid DateOnly.")]
    [InlineData("/bind/route/2026-12-03T00:00/dateonly", "Route value 'day' is not a valid DateOnly.")]
    public void A_date_that_is_not_iso_8601_is_a_bad_request(string target, string reason)
    {
        Assert.Equal(Wire.BadRequest(reason), Wire.Dispatch(RequestMethod.Get, target));
    }

    [Theory]
    [InlineData("X-At: 09:30\r\n", "09:30:00.0000000")]
    [InlineData("X-At: 23:59:59.25\r\n", "23:59:59.2500000")]
    public void A_time_binds_from_a_header(string headers, string expected)
    {
        Assert.Equal(Wire.Ok(expected), Exchange.Dispatch(RequestMethod.Get, "/bind/header/timeonly", headers));
    }

    [Theory]
    [InlineData("X-At: 9.30\r\n", "Header 'X-At' is not a valid TimeOnly.")]
    [InlineData("X-At:\r\n", "Header 'X-At' is not a valid TimeOnly.")]
    [InlineData("", "Header 'X-At' is missing.")]
    public void A_time_that_is_not_iso_8601_is_a_bad_request(string headers, string reason)
    {
        Assert.Equal(Wire.BadRequest(reason), Exchange.Dispatch(RequestMethod.Get, "/bind/header/timeonly", headers));
    }

    [Fact]
    public void Optional_dates_are_null_when_missing_and_bind_when_present()
    {
        Assert.Equal(Wire.Ok("null,null,null,null,1"), Exchange.Dispatch(RequestMethod.Get, "/bind/dates/optional", string.Empty));
        Assert.Equal(
            Wire.Ok("2026-12-03T14:41:20.0000000Z,2026-12-04,08:00:00.0000000,10,2"),
            Exchange.Dispatch(RequestMethod.Get, "/bind/dates/optional?since=2026-12-03T14:41:20Z&day=2026-12-04&limit=10&page=2", "X-At: 08:00\r\n"));
    }

    [Fact]
    public void An_empty_value_leaves_an_optional_number_or_date_its_default()
    {
        Assert.Equal(
            Wire.Ok("null,null,null,null,1"),
            Exchange.Dispatch(RequestMethod.Get, "/bind/dates/optional?since=&day&limit=&page=", "X-At:\r\n"));
    }

    [Theory]
    [InlineData("/bind/dates/optional?limit=x", "Query parameter 'limit' is not a valid int.")]
    [InlineData("/bind/dates/optional?since=today", "Query parameter 'since' is not a valid DateTime.")]
    [InlineData("/bind/dates/optional?page=%20", "Query parameter 'page' is not a valid int.")]
    public void A_malformed_optional_value_is_still_a_bad_request(string target, string reason)
    {
        Assert.Equal(Wire.BadRequest(reason), Exchange.Dispatch(RequestMethod.Get, target, string.Empty));
    }

    [Theory]
    [InlineData("/bind/limit?limit=3", "3")]
    [InlineData("/bind/limit?limit=&since=2026-12-03", "3")]
    [InlineData("/bind/limit?limit", "-1")]
    [InlineData("/bind/datetimeoffset/ticks?v=2026-12-03T15:41:20%2B01:00", "639319056800000000")]
    [InlineData("/bind/route/0001-01-02/daynumber", "1")]
    public void Value_results_of_dates(string target, string expected)
    {
        Assert.Equal(Wire.Ok(expected), Wire.Dispatch(RequestMethod.Get, target));
    }
}

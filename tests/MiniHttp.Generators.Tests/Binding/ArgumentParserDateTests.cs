using System;
using System.Text;
using MiniHttp.Binding;

namespace MiniHttp.Generators.Tests.Binding;

/// <summary>Dates and times in ISO 8601 only, invariant, read as System.Text.Json reads them; never in the server's local time.</summary>
public sealed class ArgumentParserDateTests
{
    [Theory]
    [InlineData("2026-12-03", "2026-12-03T00:00:00.0000000", DateTimeKind.Unspecified)]
    [InlineData("2026-12-03T14:41", "2026-12-03T14:41:00.0000000", DateTimeKind.Unspecified)]
    [InlineData("2026-12-03T14:41:20.5", "2026-12-03T14:41:20.5000000", DateTimeKind.Unspecified)]
    [InlineData("2026-12-03T14:41:20Z", "2026-12-03T14:41:20.0000000Z", DateTimeKind.Utc)]
    [InlineData("2026-12-03T15:41:20+01:00", "2026-12-03T14:41:20.0000000Z", DateTimeKind.Utc)]
    [InlineData("2026-12-03T00:30:00-02:00", "2026-12-03T02:30:00.0000000Z", DateTimeKind.Utc)]
    public void DateTime_is_iso_8601_and_an_offset_becomes_utc(string text, string roundTrip, DateTimeKind kind)
    {
        Assert.True(ArgumentParser.TryParseDateTime(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(roundTrip, value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(kind, value.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12/03/2026")]
    [InlineData("03.12.2026")]
    [InlineData("2026-12-03 14:41")]
    [InlineData(" 2026-12-03")]
    [InlineData("2026-13-03")]
    [InlineData("2026-02-30")]
    [InlineData("2026-12-03T25:00")]
    [InlineData("2026-12-03\"")]
    [InlineData("2026-12-03\\u0054")]
    [InlineData("Thu, 03 Dec 2026 14:41:20 GMT")]
    [InlineData("2026-12-03T14:41:20.0000000000000000000000000000000000Z")]
    public void DateTime_refuses_anything_else(string text)
    {
        Assert.False(ArgumentParser.TryParseDateTime(Encoding.ASCII.GetBytes(text), out _));
        Assert.False(ArgumentParser.TryParseDateTimeOffset(Encoding.ASCII.GetBytes(text), out _));
    }

    [Theory]
    [InlineData("2026-12-03T15:41:20+01:00", "2026-12-03T15:41:20.0000000+01:00")]
    [InlineData("2026-12-03T14:41:20Z", "2026-12-03T14:41:20.0000000+00:00")]
    [InlineData("2026-12-03T14:41:20", "2026-12-03T14:41:20.0000000+00:00")]
    [InlineData("2026-12-03", "2026-12-03T00:00:00.0000000+00:00")]
    public void DateTimeOffset_keeps_its_offset_and_without_one_is_utc(string text, string roundTrip)
    {
        Assert.True(ArgumentParser.TryParseDateTimeOffset(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(roundTrip, value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2026-12-03", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2026-02-29", false)]
    [InlineData("2026-12-3", false)]
    [InlineData("2026-12-03T00:00", false)]
    [InlineData("12/03/2026", false)]
    [InlineData("", false)]
    [InlineData("2026-12-03 ", false)]
    public void DateOnly_is_a_date_alone(string text, bool parses)
    {
        Assert.Equal(parses, ArgumentParser.TryParseDateOnly(Encoding.UTF8.GetBytes(text), out var value));
        if (parses)
        {
            Assert.Equal(DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), value);
        }
    }

    [Theory]
    [InlineData("14:41", true, "14:41:00.0000000")]
    [InlineData("14:41:20", true, "14:41:20.0000000")]
    [InlineData("14:41:20.1234567", true, "14:41:20.1234567")]
    [InlineData("23:59:59.5", true, "23:59:59.5000000")]
    [InlineData("24:00", false, "")]
    [InlineData("2:41", false, "")]
    [InlineData("2:41 PM", false, "")]
    [InlineData("14:41:20Z", false, "")]
    [InlineData("14h41", false, "")]
    [InlineData("", false, "")]
    [InlineData("14:41:\u00e9", false, "")]
    public void TimeOnly_is_a_time_of_day_alone(string text, bool parses, string roundTrip)
    {
        Assert.Equal(parses, ArgumentParser.TryParseTimeOnly(Encoding.UTF8.GetBytes(text), out var value));
        if (parses)
        {
            Assert.Equal(roundTrip, value.ToString("HH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Dates_are_percent_decoded_in_a_query_and_a_route()
    {
        Assert.True(QueryString.TryParseDateTimeOffset("2026-12-03T15%3A41%3A20%2B01%3A00"u8, out var offset));
        Assert.Equal(TimeSpan.FromHours(1), offset.Offset);

        // A '+' is a space in a query (so an offset must be encoded), but itself in a path segment.
        Assert.False(QueryString.TryParseDateTimeOffset("2026-12-03T15:41:20+01:00"u8, out _));
        Assert.True(RouteValues.TryParseDateTimeOffset("2026-12-03T15:41:20+01:00"u8, out _));
        Assert.True(RouteValues.TryParseDateOnly("2026-12-03"u8, out var day));
        Assert.Equal(new DateOnly(2026, 12, 3), day);
        Assert.True(QueryString.TryParseTimeOnly("09%3A30"u8, out var time));
        Assert.Equal(new TimeOnly(9, 30), time);
    }
}

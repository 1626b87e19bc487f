using System;
using System.Text;
using MiniHttp.StaticFiles;

namespace MiniHttp.Tests.StaticFiles;

/// <summary>RFC 9110, section 5.6.7: a recipient takes all three forms of the same instant.</summary>
public sealed class HttpDateTests
{
    private static readonly DateTimeOffset s_instant = new(1994, 11, 6, 8, 49, 37, TimeSpan.Zero);

    [Theory]
    [InlineData("Sun, 06 Nov 1994 08:49:37 GMT")]
    [InlineData("Sunday, 06-Nov-94 08:49:37 GMT")]
    [InlineData("Sun Nov  6 08:49:37 1994")]
    [InlineData("  Sun, 06 Nov 1994 08:49:37 GMT ")]
    public void Reads_every_form(string value)
    {
        Assert.True(HttpDates.TryParse(Encoding.ASCII.GetBytes(value), out var date));
        Assert.Equal(s_instant, date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Sun, 06 Nov 1994 08:49:37 GMT junk")]
    [InlineData("Sun, 32 Nov 1994 08:49:37 GMT")]
    [InlineData("1994-11-06T08:49:37Z")]
    public void Refuses_anything_else(string value) => Assert.False(HttpDates.TryParse(Encoding.ASCII.GetBytes(value), out _));
}

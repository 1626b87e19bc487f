using System;
using System.Text;
using MiniHttp.Binding;

namespace MiniHttp.Generators.Tests.Binding;

/// <summary>Route values: percent-decoded like a path segment (<c>+</c> is itself), then parsed as strictly as query values.</summary>
public sealed class RouteValuesTests
{
    [Theory]
    [InlineData("a+b", "a+b")]
    [InlineData("a%2Bb", "a+b")]
    [InlineData("a%20b", "a b")]
    [InlineData("a%2Fb", "a/b")]
    [InlineData("caf%C3%A9", "café")]
    [InlineData("", "")]
    public void A_string_is_percent_decoded_with_plus_left_as_it_is(string raw, string expected)
    {
        Assert.True(RouteValues.TryDecodeString(Encoding.ASCII.GetBytes(raw), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("%C3")]
    [InlineData("%FF")]
    public void A_string_with_a_broken_escape_or_invalid_utf8_fails(string raw)
    {
        Assert.False(RouteValues.TryDecodeString(Encoding.ASCII.GetBytes(raw), out _));
    }

    [Theory]
    [InlineData("42", true, 42)]
    [InlineData("%34%32", true, 42)]
    [InlineData("-2147483648", true, int.MinValue)]
    [InlineData("2147483648", false, 0)]
    [InlineData("+1", false, 0)]
    [InlineData("%2B1", false, 0)]
    [InlineData("1%20", false, 0)]
    [InlineData("", false, 0)]
    public void An_int_is_parsed_strictly_after_decoding(string raw, bool parses, int expected)
    {
        Assert.Equal(parses, RouteValues.TryParseInt32(Encoding.ASCII.GetBytes(raw), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("9223372036854775807", true, long.MaxValue)]
    [InlineData("%39", true, 9L)]
    [InlineData("9223372036854775808", false, 0L)]
    public void A_long_is_parsed_strictly_after_decoding(string raw, bool parses, long expected)
    {
        Assert.Equal(parses, RouteValues.TryParseInt64(Encoding.ASCII.GetBytes(raw), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e", true)]
    [InlineData("0F8FAD5B-D9CB-469F-A165-70867728950E", true)]
    [InlineData("0f8fad5b%2Dd9cb-469f-a165-70867728950e", true)]
    [InlineData("0f8fad5bd9cb469fa16570867728950e", false)]
    [InlineData("{0f8fad5b-d9cb-469f-a165-70867728950e}", false)]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e0", false)]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950", false)]
    [InlineData("", false)]
    public void A_guid_is_the_hyphenated_form_in_either_case(string raw, bool parses)
    {
        Assert.Equal(parses, RouteValues.TryParseGuid(Encoding.ASCII.GetBytes(raw), out var value));
        Assert.Equal(parses ? Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e") : Guid.Empty, value);
    }
}

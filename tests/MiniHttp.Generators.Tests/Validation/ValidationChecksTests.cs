using System;
using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using MiniHttp.Validation;

namespace MiniHttp.Generators.Tests.Validation;

/// <summary>The runtime's string checks decide as the DataAnnotations attributes they stand for, without allocating.</summary>
public sealed class ValidationChecksTests
{
    [Theory]
    [InlineData("a@b")]
    [InlineData("me@example.org")]
    [InlineData("@example.org")]
    [InlineData("me@")]
    [InlineData("me@@example.org")]
    [InlineData("a@b@c")]
    [InlineData("no-at")]
    [InlineData("me@example.org\n")]
    [InlineData("me\r@example.org")]
    [InlineData(" @ ")]
    [InlineData("")]
    public void An_email_address_is_what_EmailAddressAttribute_accepts(string value)
    {
        Assert.Equal(new EmailAddressAttribute().IsValid(value), ValidationChecks.IsEmailAddress(value));
    }

    [Theory]
    [InlineData("http://x")]
    [InlineData("HTTPS://example.org/a?b")]
    [InlineData("ftp://files")]
    [InlineData("Ftp://files")]
    [InlineData("gopher://x")]
    [InlineData("http:/x")]
    [InlineData("mailto:me@example.org")]
    [InlineData("example.org")]
    [InlineData("")]
    public void A_url_is_what_UrlAttribute_accepts(string value)
    {
        Assert.Equal(new UrlAttribute().IsValid(value), ValidationChecks.IsUrl(value));
    }

    [Theory]
    [InlineData("^[a-z]+$", "abc")]
    [InlineData("^[a-z]+$", "abC")]
    [InlineData("[a-z]+", "abc1")]
    [InlineData("[0-9]", "a1")]
    [InlineData("a|ab", "ab")]
    [InlineData("b", "abc")]
    public void A_pattern_matches_as_RegularExpressionAttribute_matches(string pattern, string value)
    {
        Assert.Equal(new RegularExpressionAttribute(pattern).IsValid(value), ValidationChecks.IsWholeMatch(new Regex(pattern), value));
    }

    [Fact]
    public void A_match_that_runs_out_of_time_is_a_failed_check_not_an_exception()
    {
        // Nested quantifiers backtrack through every split of the a's before the '!' refuses them all.
        var pattern = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(1));

        Assert.False(ValidationChecks.IsWholeMatch(pattern, new string('a', 40) + "!"));
    }
}

using System.Text;
using MiniHttp.StaticFiles;

namespace MiniHttp.Tests.StaticFiles;

/// <summary>RFC 9110, section 8.8.3.2: strong and weak comparison, and the list grammar of If-Match / If-None-Match.</summary>
public sealed class EntityTagTests
{
    private const string Current = "\"abc-12\"";

    [Theory]
    [InlineData("\"abc-12\"", true, true)]
    [InlineData("W/\"abc-12\"", false, true)]
    [InlineData("\"other\"", false, false)]
    [InlineData("\"other\", \"abc-12\"", true, true)]
    [InlineData("\"other\",W/\"abc-12\"", false, true)]
    [InlineData("  \"x\" ,  ,\t\"abc-12\"  ", true, true)]
    [InlineData("*", true, true)]
    [InlineData("abc-12", false, false)]
    [InlineData("\"abc-12", false, false)]
    [InlineData("\"ab c-12\"", false, false)]
    [InlineData("w/\"abc-12\"", false, false)]
    [InlineData("\"ABC-12\"", false, false)]
    [InlineData("", false, false)]
    public void Compares_strongly_and_weakly(string field, bool strong, bool weak)
    {
        Assert.Equal(strong, EntityTags.Matches(Encoding.ASCII.GetBytes(field), Encoding.ASCII.GetBytes(Current), weakComparison: false));
        Assert.Equal(weak, EntityTags.Matches(Encoding.ASCII.GetBytes(field), Encoding.ASCII.GetBytes(Current), weakComparison: true));
    }

    [Fact]
    public void A_malformed_member_ends_the_list_unmatched() =>
        Assert.False(EntityTags.Matches("bogus, \"abc-12\""u8, Encoding.ASCII.GetBytes(Current), weakComparison: true));
}

using System;
using System.Text;
using MiniHttp.Binding;

namespace MiniHttp.Generators.Tests.Binding;

/// <summary>Decoding query values: <c>%XX</c> is a byte, <c>+</c> a space (but not in a path segment), and a broken escape fails.</summary>
public sealed class PercentDecodingTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("plain", "plain")]
    [InlineData("a+b", "a b")]
    [InlineData("a%20b", "a b")]
    [InlineData("%2B", "+")]
    [InlineData("%25", "%")]
    [InlineData("%2b%2B", "++")]
    [InlineData("%e2%82%ac", "€")]
    [InlineData("%00", "\0")]
    [InlineData("x%41%42%43y", "xABCy")]
    public void Escapes_and_plus_are_decoded(string encoded, string expected)
    {
        var destination = new byte[encoded.Length];

        Assert.True(PercentDecoding.TryDecode(Encoding.ASCII.GetBytes(encoded), destination, out var written));
        Assert.Equal(expected, Encoding.UTF8.GetString(destination, 0, written));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("%2")]
    [InlineData("a%")]
    [InlineData("%G0")]
    [InlineData("%0G")]
    [InlineData("%-1")]
    [InlineData("% 20")]
    public void A_percent_not_followed_by_two_hex_digits_fails(string encoded)
    {
        Assert.False(PercentDecoding.TryDecode(Encoding.ASCII.GetBytes(encoded), new byte[encoded.Length], out _));
    }

    [Theory]
    [InlineData("a+b", "a+b")]
    [InlineData("a%2Bb", "a+b")]
    [InlineData("a%20b", "a b")]
    public void A_path_segment_leaves_plus_as_it_is(string encoded, string expected)
    {
        var destination = new byte[encoded.Length];

        Assert.True(PercentDecoding.TryDecodeSegment(Encoding.ASCII.GetBytes(encoded), destination, out var written));
        Assert.Equal(expected, Encoding.UTF8.GetString(destination, 0, written));
    }

    [Theory]
    [InlineData("plain", false)]
    [InlineData("a+b", true)]
    [InlineData("a%20b", true)]
    public void Is_encoded_tells_whether_decoding_would_change_anything(string value, bool expected)
    {
        Assert.Equal(expected, PercentDecoding.IsEncoded(Encoding.ASCII.GetBytes(value)));
    }
}

using System;
using System.Text;
using MiniHttp.Binding;

namespace MiniHttp.Generators.Tests.Binding;

/// <summary>Finding a value in a raw query string, and decoding it into an int, a long or a string.</summary>
public sealed class QueryStringTests
{
    [Theory]
    [InlineData("a=1", "a", "1")]
    [InlineData("b=2&a=1", "a", "1")]
    [InlineData("a=1&a=2", "a", "1")]
    [InlineData("aa=2&a=1", "a", "1")]
    [InlineData("a=%20x", "a", "%20x")]
    [InlineData("a=", "a", "")]
    [InlineData("a", "a", "")]
    [InlineData("x&a&b", "a", "")]
    [InlineData("a==", "a", "=")]
    [InlineData("&&a=1&&", "a", "1")]
    public void The_first_pair_with_the_name_gives_its_raw_value(string query, string name, string expected)
    {
        Assert.True(QueryString.TryGetValue(Encoding.ASCII.GetBytes(query), Encoding.ASCII.GetBytes(name), out var value));
        Assert.Equal(expected, Encoding.ASCII.GetString(value));
    }

    [Theory]
    [InlineData("", "a")]
    [InlineData("b=1", "a")]
    [InlineData("aa=1", "a")]
    [InlineData("A=1", "a")]
    [InlineData("%61=1", "a")]
    [InlineData("x=a", "a")]
    [InlineData("ba=1", "a")]
    public void Names_are_matched_exactly_as_sent(string query, string name)
    {
        Assert.False(QueryString.TryGetValue(Encoding.ASCII.GetBytes(query), Encoding.ASCII.GetBytes(name), out _));
    }

    [Theory]
    [InlineData("123", 123)]
    [InlineData("-123", -123)]
    [InlineData("%31%32%33", 123)]
    [InlineData("%2D1", -1)]
    [InlineData("1%32", 12)]
    public void Int32_values_are_decoded_then_parsed_strictly(string raw, int expected)
    {
        Assert.True(QueryString.TryParseInt32(Encoding.ASCII.GetBytes(raw), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("+1")]
    [InlineData("%2B1")]
    [InlineData("1+")]
    [InlineData("%201")]
    [InlineData("%3")]
    [InlineData("%33%")]
    [InlineData("2147483648")]
    [InlineData("%32147483648")]
    public void Int32_values_that_are_not_integers_once_decoded_fail(string raw)
    {
        Assert.False(QueryString.TryParseInt32(Encoding.ASCII.GetBytes(raw), out _));
    }

    [Fact]
    public void Int64_values_are_decoded_then_parsed_strictly()
    {
        Assert.True(QueryString.TryParseInt64("%2D9223372036854775808"u8, out var value));
        Assert.Equal(long.MinValue, value);
        Assert.False(QueryString.TryParseInt64("9223372036854775808"u8, out _));
    }

    [Fact]
    public void A_value_longer_than_the_stack_buffer_decodes_all_the_same()
    {
        var zeros = string.Concat(System.Linq.Enumerable.Repeat("%30", 300));

        Assert.True(QueryString.TryParseInt32(Encoding.ASCII.GetBytes(zeros + "%37"), out var number));
        Assert.Equal(7, number);
        Assert.True(QueryString.TryDecodeString(Encoding.ASCII.GetBytes(zeros), out var text));
        Assert.Equal(new string('0', 300), text);
    }

    [Theory]
    [InlineData("Ada", "Ada")]
    [InlineData("Ada+Lovelace", "Ada Lovelace")]
    [InlineData("%C3%A9t%C3%A9", "été")]
    [InlineData("", "")]
    public void String_values_are_percent_decoded_then_utf8_decoded(string raw, string expected)
    {
        Assert.True(QueryString.TryDecodeString(Encoding.ASCII.GetBytes(raw), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("%FF")]
    [InlineData("%C3")]
    [InlineData("%")]
    public void String_values_that_are_not_percent_encoded_utf8_fail(string raw)
    {
        Assert.False(QueryString.TryDecodeString(Encoding.ASCII.GetBytes(raw), out _));
    }

    [Fact]
    public void Finding_and_parsing_integers_allocates_nothing()
    {
        var query = "x=1&a=%2D42&b=17"u8.ToArray();
        FindAndParse(query);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = FindAndParse(query);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(-25, sum);
        Assert.Equal(0, allocated);
    }

    private static long FindAndParse(byte[] query) =>
        QueryString.TryGetValue(query, "a"u8, out var a)
        && QueryString.TryGetValue(query, "b"u8, out var b)
        && QueryString.TryParseInt32(a, out var first)
        && QueryString.TryParseInt64(b, out var second)
            ? first + second
            : long.MinValue;
}

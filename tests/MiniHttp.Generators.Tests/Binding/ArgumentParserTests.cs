using System.Text;
using MiniHttp.Binding;

namespace MiniHttp.Generators.Tests.Binding;

/// <summary>Strict, invariant parsing of exact bytes: an optional '-', digits, nothing else, no overflow.</summary>
public sealed class ArgumentParserTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("-0", 0)]
    [InlineData("42", 42)]
    [InlineData("-42", -42)]
    [InlineData("007", 7)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("00000000000000000000002147483647", int.MaxValue)]
    public void Int32_accepts_an_optional_minus_and_digits(string text, int expected)
    {
        Assert.True(ArgumentParser.TryParseInt32(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1\n")]
    [InlineData("--1")]
    [InlineData("1-")]
    [InlineData("1_000")]
    [InlineData("1,000")]
    [InlineData("1.0")]
    [InlineData("1e3")]
    [InlineData("0x10")]
    [InlineData("/")]
    [InlineData(":")]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("4294967296")]
    [InlineData("99999999999999999999999")]
    public void Int32_rejects_everything_else_and_overflow(string text)
    {
        Assert.False(ArgumentParser.TryParseInt32(Encoding.ASCII.GetBytes(text), out _));
    }

    [Fact]
    public void Int32_rejects_non_ascii_digits()
    {
        Assert.False(ArgumentParser.TryParseInt32(Encoding.UTF8.GetBytes("١٢"), out _));
    }

    [Theory]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("2147483648", 2147483648L)]
    public void Int64_covers_the_whole_range(string text, long expected)
    {
        Assert.True(ArgumentParser.TryParseInt64(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("18446744073709551616")]
    [InlineData("+9")]
    public void Int64_rejects_overflow_and_signs_other_than_minus(string text)
    {
        Assert.False(ArgumentParser.TryParseInt64(Encoding.ASCII.GetBytes(text), out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("héllo €")]
    [InlineData("%20+")]
    public void Strings_are_decoded_as_utf8_and_nothing_else(string text)
    {
        Assert.True(ArgumentParser.TryDecodeString(Encoding.UTF8.GetBytes(text), out var value));
        Assert.Equal(text, value);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    public void Invalid_utf8_fails_rather_than_becoming_a_replacement_character(byte[] bytes)
    {
        Assert.False(ArgumentParser.TryDecodeString(bytes, out _));
    }
}

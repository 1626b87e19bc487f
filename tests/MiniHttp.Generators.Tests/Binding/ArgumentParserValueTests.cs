using System;
using System.Text;
using MiniHttp.Binding;

namespace MiniHttp.Generators.Tests.Binding;

/// <summary>
/// Strict, invariant parsing of the other argument types: unsigned and short integers, bools, JSON-number doubles and
/// decimals, hyphenated Guids; and decoding before parsing with a parser given as a type argument.
/// </summary>
public sealed class ArgumentParserValueTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("32767", short.MaxValue)]
    [InlineData("-32768", short.MinValue)]
    public void Int16_covers_its_range(string text, short expected)
    {
        Assert.True(ArgumentParser.TryParseInt16(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("32768")]
    [InlineData("-32769")]
    [InlineData("+1")]
    public void Int16_rejects_overflow(string text)
    {
        Assert.False(ArgumentParser.TryParseInt16(Encoding.ASCII.GetBytes(text), out _));
    }

    [Theory]
    [InlineData("4294967295", true, uint.MaxValue)]
    [InlineData("4294967296", false, 0u)]
    [InlineData("-0", false, 0u)]
    [InlineData("-1", false, 0u)]
    [InlineData("", false, 0u)]
    public void UInt32_is_digits_only(string text, bool parses, uint expected)
    {
        Assert.Equal(parses, ArgumentParser.TryParseUInt32(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("18446744073709551615", true, ulong.MaxValue)]
    [InlineData("18446744073709551616", false, 0ul)]
    [InlineData("99999999999999999999", false, 0ul)]
    [InlineData("-5", false, 0ul)]
    public void UInt64_is_digits_only_up_to_its_maximum(string text, bool parses, ulong expected)
    {
        Assert.Equal(parses, ArgumentParser.TryParseUInt64(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("true", true, true)]
    [InlineData("True", true, true)]
    [InlineData("FALSE", true, false)]
    [InlineData("1", false, false)]
    [InlineData("t", false, false)]
    [InlineData(" true", false, false)]
    [InlineData("truee", false, false)]
    [InlineData("", false, false)]
    public void Boolean_is_true_or_false_in_any_case(string text, bool parses, bool expected)
    {
        Assert.Equal(parses, ArgumentParser.TryParseBoolean(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("0", 0d)]
    [InlineData("-0.5", -0.5d)]
    [InlineData("12.375", 12.375d)]
    [InlineData("1e3", 1000d)]
    [InlineData("1E-2", 0.01d)]
    [InlineData("2.5e+1", 25d)]
    [InlineData("007", 7d)]
    public void Double_is_a_json_number(string text, double expected)
    {
        Assert.True(ArgumentParser.TryParseDouble(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("+1")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("1.5.5")]
    [InlineData("1,5")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("∞")]
    [InlineData("0x1p3")]
    [InlineData("1e309")]
    [InlineData("-1e309")]
    public void Double_rejects_everything_else_and_what_would_be_infinite(string text)
    {
        Assert.False(ArgumentParser.TryParseDouble(Encoding.UTF8.GetBytes(text), out _));
    }

    [Theory]
    [InlineData("-12.50", "-12.50")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("1.5e2", "150")]
    public void Decimal_is_a_json_number(string text, string expected)
    {
        Assert.True(ArgumentParser.TryParseDecimal(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e30")]
    [InlineData("+1")]
    [InlineData("1.")]
    [InlineData("$1")]
    public void Decimal_rejects_everything_else_and_overflow(string text)
    {
        Assert.False(ArgumentParser.TryParseDecimal(Encoding.ASCII.GetBytes(text), out _));
    }

    [Theory]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e", true)]
    [InlineData("0F8FAD5B-D9CB-469F-A165-70867728950E", true)]
    [InlineData("0f8fad5bd9cb469fa16570867728950e", false)]
    [InlineData("(0f8fad5b-d9cb-469f-a165-70867728950e)", false)]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e ", false)]
    public void Guid_is_the_hyphenated_form(string text, bool parses)
    {
        Assert.Equal(parses, ArgumentParser.TryParseGuid(Encoding.ASCII.GetBytes(text), out _));
    }

    [Theory]
    [InlineData("%4F%4B", true)]
    [InlineData("O%4B", true)]
    [InlineData("ok", true)]
    [InlineData("o+k", false)]
    [InlineData("%4", false)]
    public void A_query_value_is_decoded_before_the_parser_sees_it(string raw, bool parses)
    {
        Assert.Equal(parses, QueryString.TryParse<bool, OkParser>(Encoding.ASCII.GetBytes(raw), out var value));
        Assert.Equal(parses, value);
    }

    [Theory]
    [InlineData("o%2Bk", false)]
    [InlineData("%4fk", true)]
    public void A_route_value_is_decoded_with_plus_as_itself(string raw, bool parses)
    {
        Assert.Equal(parses, RouteValues.TryParse<bool, OkParser>(Encoding.ASCII.GetBytes(raw), out _));
    }

    [Fact]
    public void Parsing_values_from_the_query_allocates_nothing()
    {
        var query = "d=1.5e1&m=-2.25&g=0f8fad5b-d9cb-469f-a165-70867728950e&b=true&e=%4Fk"u8.ToArray();
        Parse(query);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var parsed = Parse(query);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(parsed);
        Assert.Equal(0, allocated);
    }

    private static bool Parse(byte[] query) =>
        QueryString.TryGetValue(query, "d"u8, out var d) && QueryString.TryParseDouble(d, out var number) && number == 15
        && QueryString.TryGetValue(query, "m"u8, out var m) && QueryString.TryParseDecimal(m, out var money) && money == -2.25m
        && QueryString.TryGetValue(query, "g"u8, out var g) && QueryString.TryParseGuid(g, out _)
        && QueryString.TryGetValue(query, "b"u8, out var b) && QueryString.TryParseBoolean(b, out var flag) && flag
        && QueryString.TryGetValue(query, "e"u8, out var e) && QueryString.TryParse<bool, OkParser>(e, out var ok) && ok;

    /// <summary>Parses <c>ok</c> in any case, as a generated enum parser parses a member name.</summary>
    private readonly struct OkParser : IArgumentParser<bool>
    {
        public static bool TryParse(ReadOnlySpan<byte> utf8, out bool value)
        {
            value = Ascii.EqualsIgnoreCase(utf8, "ok"u8);
            return value;
        }
    }
}

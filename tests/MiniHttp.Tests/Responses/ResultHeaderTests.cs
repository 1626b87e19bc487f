using System;
using System.Threading.Tasks;

namespace MiniHttp.Tests.Responses;

/// <summary>
/// RFC 9110, section 5: a handler's header names must be tokens and its values free of CR, LF, NUL and the other
/// controls, and the headers that frame the message belong to the server. Refused when added, so nothing is written.
/// </summary>
public sealed class ResultHeaderTests
{
    [Theory]
    [InlineData("")]
    [InlineData("X Name")]
    [InlineData(" X-Name")]
    [InlineData("X-Name ")]
    [InlineData("X-Name:")]
    [InlineData("X\rName")]
    [InlineData("X\nName")]
    [InlineData("X\r\nInjected: 1")]
    [InlineData("X\0Name")]
    [InlineData("X\tName")]
    [InlineData("X\u007FName")]
    [InlineData("X(Name)")]
    [InlineData("X\"Name\"")]
    [InlineData("X/Name")]
    [InlineData("Náme")]
    public void A_name_that_is_not_a_token_is_refused(string name)
    {
        var exception = Assert.Throws<ArgumentException>(() => HttpResult.Status(200).WithHeader(name, "v"));
        Assert.Equal("name", exception.ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Streamed().WithHeader(name, "v")).ParamName);
    }

    [Theory]
    [InlineData("a\rb")]
    [InlineData("a\nb")]
    [InlineData("a\r\nSet-Cookie: x=1")]
    [InlineData("a\0b")]
    [InlineData("a\u007Fb")]
    [InlineData("a\u0001b")]
    [InlineData("a\u001Fb")]
    [InlineData("\u000B")]
    [InlineData("é")]
    [InlineData("a\u0085b")]
    [InlineData("\u2028")]
    [InlineData(" leading")]
    [InlineData("trailing ")]
    [InlineData("\tleading")]
    [InlineData("trailing\t")]
    public void A_value_with_a_control_non_ascii_or_edge_whitespace_is_refused(string value)
    {
        var exception = Assert.Throws<ArgumentException>(() => HttpResult.Status(200).WithHeader("X-Value", value));
        Assert.Equal("value", exception.ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => Streamed().WithHeader("X-Value", value)).ParamName);
    }

    [Theory]
    [InlineData("Content-Length")]
    [InlineData("content-length")]
    [InlineData("Transfer-Encoding")]
    [InlineData("TRANSFER-ENCODING")]
    [InlineData("Connection")]
    [InlineData("Date")]
    [InlineData("date")]
    [InlineData("Server")]
    public void A_header_the_server_owns_is_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => HttpResult.Text(200, "x").WithHeader(name, "1"));
        Assert.Throws<ArgumentException>(() => Streamed().WithHeader(name, "1"));
    }

    [Fact]
    public void Null_names_and_values_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => HttpResult.Status(200).WithHeader(null!, "v"));
        Assert.Throws<ArgumentNullException>(() => HttpResult.Status(200).WithHeader("X-A", null!));
    }

    [Fact]
    public void Every_token_character_is_a_valid_name_and_visible_ascii_with_inner_tabs_and_spaces_a_valid_value()
    {
        const string name = "!#$%&'*+-.^_`|~09AZaz";
        const string value = "!\"#$%&'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~ with\tinner  whitespace";

        var wire = Wire.Capture(response => response.WriteResult(HttpResult.Status(200).WithHeader(name, value)));

        Assert.Contains($"\r\n{name}: {value}\r\nContent-Length: 0\r\n", wire, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_value_is_valid()
    {
        var wire = Wire.Capture(response => response.WriteResult(HttpResult.Status(200).WithHeader("X-Empty", "")));

        Assert.Contains("\r\nX-Empty: \r\nContent-Length: 0\r\n", wire, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_header_leaves_the_result_it_was_added_to_usable()
    {
        var result = HttpResult.Text(200, "ok").WithHeader("X-A", "1");

        Assert.Throws<ArgumentException>(() => result.WithHeader("X-B", "2\r\n"));
        var wire = Wire.Capture(response => response.WriteResult(result));

        Assert.Contains("\r\nX-A: 1\r\nContent-Type", wire, StringComparison.Ordinal);
        Assert.DoesNotContain("X-B", wire, StringComparison.Ordinal);
    }

    private static StreamedResult Streamed() => HttpResult.Stream(200, static (_, _) => ValueTask.CompletedTask);
}

using System.Buffers;
using System.Text;
using MiniHttp.Parsing;

namespace MiniHttp.Tests.Parsing;

/// <summary>RFC 9112, section 5 and RFC 9110, section 5.5: field lines, names and values.</summary>
public sealed class FieldSyntaxTests
{
    [Fact]
    public void The_header_section_is_every_field_line_with_its_crlf_but_not_the_empty_line()
    {
        var request = Reads.Complete("GET / HTTP/1.1\r\nHost: a\r\nX-One: 1\r\nx-two:2\r\n\r\n");

        Assert.Equal("Host: a\r\nX-One: 1\r\nx-two:2\r\n", request.Headers);
    }

    [Theory]
    [InlineData("X: v", "v")]
    [InlineData("X:v", "v")]
    [InlineData("X: \t v \t ", "v")]
    [InlineData("X:", "")]
    [InlineData("X:   ", "")]
    [InlineData("X: a b\tc", "a b\tc")]
    [InlineData("X: caf\u00E9 \u00FF", "caf\u00E9 \u00FF")]
    [InlineData("X: \"quoted\", (comment); q=0.5", "\"quoted\", (comment); q=0.5")]
    public void A_value_loses_surrounding_whitespace_and_keeps_obs_text(string field, string expected)
    {
        var raw = $"GET / HTTP/1.1\r\nHost: a\r\n{field}\r\n\r\n";
        using var reader = new RequestReader(ServerLimits.Default);
        var buffer = new ReadOnlySequence<byte>(Reads.Bytes(raw));

        Assert.Equal(ReadStatus.Complete, reader.TryRead(buffer, out var request, out _, out _));
        Assert.True(request.TryGetHeader("x"u8, out var value));
        Assert.Equal(expected, Encoding.Latin1.GetString(value));
    }

    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n folded: 1\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\n\tcontinued\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\n Host: a\r\n\r\n")]
    public void Obsolete_line_folding_and_leading_whitespace_are_400(string raw) =>
        Reads.AssertRejected(raw, nameof(RequestRejection.ObsoleteLineFolding), 400);

    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost : a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost\t: a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nContent-Length : 5\r\n\r\nhello")]
    public void Whitespace_between_name_and_colon_is_400(string raw) =>
        Reads.AssertRejected(raw, nameof(RequestRejection.WhitespaceBeforeHeaderColon), 400);

    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n: empty\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nNo colon\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nNoColon\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX(y): 1\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX/y: 1\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX\u00E9: 1\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n\u0000: 1\r\n\r\n")]
    public void A_field_name_that_is_not_a_token_is_400(string raw) =>
        Reads.AssertRejected(raw, nameof(RequestRejection.InvalidHeaderName), 400);

    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX: a\u0000b\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX: a\u0001b\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX: a\u001Fb\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX: a\u007Fb\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX: a\u000Bb\r\n\r\n")]
    public void A_control_character_in_a_value_is_400(string raw) =>
        Reads.AssertRejected(raw, nameof(RequestRejection.InvalidHeaderValue), 400);

    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: a\nX: 1\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX: 1\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX: a\rb\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n\rX: 1\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX\n: 1\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\nHost: a\n\n")]
    public void A_bare_lf_or_bare_cr_is_400(string raw) =>
        Reads.AssertRejected(raw, nameof(RequestRejection.InvalidLineEnding), 400);

    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: a\nX")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\rX")]
    [InlineData("GET / HTTP/1.1\r\nHost : a")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\u0000")]
    [InlineData("GET / HTTP/1.1\r\n folded")]
    public void A_field_line_is_rejected_as_soon_as_what_has_arrived_is_invalid(string partial) =>
        Assert.Equal(ReadStatus.Rejected, Reads.Once(partial).Status);
}

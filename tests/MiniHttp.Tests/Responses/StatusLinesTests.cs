using System;
using System.Text;
using System.Text.RegularExpressions;

namespace MiniHttp.Tests.Responses;

/// <summary>RFC 9112, section 4: <c>status-line = HTTP-version SP status-code SP [ reason-phrase ] CRLF</c>, for every final code.</summary>
public sealed partial class StatusLinesTests
{
    [Fact]
    public void Every_final_code_has_a_well_formed_line_with_its_own_code()
    {
        Span<byte> unregistered = stackalloc byte[StatusLines.UnregisteredLength];
        var registered = 0;
        for (var code = 200; code <= 599; code++)
        {
            var line = Encoding.ASCII.GetString(StatusLines.For(code, unregistered));

            Assert.Matches(StatusLine(), line);
            Assert.StartsWith($"HTTP/1.1 {code} ", line, StringComparison.Ordinal);
            if (line.Length > StatusLines.UnregisteredLength)
            {
                registered++;
            }
        }

        // The IANA HTTP Status Code Registry names 57 final codes, 306 and 418 being marked unused.
        Assert.Equal(57, registered);
    }

    [Theory]
    [InlineData(200, "HTTP/1.1 200 OK\r\n")]
    [InlineData(404, "HTTP/1.1 404 Not Found\r\n")]
    [InlineData(418, "HTTP/1.1 418 \r\n")]
    [InlineData(599, "HTTP/1.1 599 \r\n")]
    public void A_line_is_exact(int code, string expected)
    {
        Span<byte> unregistered = stackalloc byte[StatusLines.UnregisteredLength];

        Assert.Equal(expected, Encoding.ASCII.GetString(StatusLines.For(code, unregistered)));
    }

    // reason-phrase = 1*( HTAB / SP / VCHAR / obs-text ); the registry's phrases use letters, spaces and hyphens.
    [GeneratedRegex(@"^HTTP/1\.1 [2-5][0-9]{2} ([A-Za-z][A-Za-z -]*[A-Za-z])?\r\n\z")]
    private static partial Regex StatusLine();
}

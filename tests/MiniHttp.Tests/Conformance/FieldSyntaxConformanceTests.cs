using System.Threading.Tasks;

namespace MiniHttp.Tests.Conformance;

/// <summary>
/// RFC 9112, section 5 and RFC 9110, section 5.5: token field names, no whitespace before the colon, no obs-fold,
/// no NUL, bare CR or other controls in values; HTAB and obs-text are allowed.
/// </summary>
[Collection(ConformanceGroup.Name)]
public sealed class FieldSyntaxConformanceTests(ConformanceServer server)
{
    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX-A: b\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX-A:b\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX-A:\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX-A: \t b \t \r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX-A: b\tc\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX-A: caf\u00E9\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n!#$%&'*+-.^_`|~: b\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX-A: \"quoted, with: colon\"\r\n\r\n")]
    public Task A_valid_field_line_is_served(string raw) => server.AssertAnsweredAsync(raw, 200, Persistence.KeepAlive);

    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost : a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost\t: a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX-A : b\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\n Host: a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX-A: b\r\n c\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX-A: b\r\n\tc\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX-A: b\u0000c\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX-A: b\rc\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX-A: b\nc\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX-A: \u0001\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX-A: \u001B[0m\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX-A: \u007F\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n: b\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX A: b\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX@A: b\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX\"A: b\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX-A b\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\nX-A: b\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n\rX")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX-\u00E9: b\r\n\r\n")]
    public Task An_invalid_field_line_is_400_and_closes(string raw) => server.AssertAnsweredAsync(raw, 400, Persistence.Close);
}

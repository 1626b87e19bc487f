using System;
using System.Linq;
using System.Text;
using MiniHttp.Parsing;

namespace MiniHttp.Tests.Parsing;

/// <summary>Every rejection has its status and its own one-line reason.</summary>
public sealed class RequestRejectionsTests
{
    [Theory]
    [InlineData(nameof(RequestRejection.RequestLineTooLong), 414)]
    [InlineData(nameof(RequestRejection.MethodTooLong), 400)]
    [InlineData(nameof(RequestRejection.HeaderFieldsTooLarge), 431)]
    [InlineData(nameof(RequestRejection.TooManyHeaderFields), 431)]
    [InlineData(nameof(RequestRejection.BodyTooLarge), 413)]
    [InlineData(nameof(RequestRejection.UnsupportedTransferCoding), 501)]
    [InlineData(nameof(RequestRejection.HttpVersionNotSupported), 505)]
    [InlineData(nameof(RequestRejection.UnsupportedExpectation), 417)]
    [InlineData(nameof(RequestRejection.ConnectNotSupported), 501)]
    [InlineData(nameof(RequestRejection.InvalidContentLength), 400)]
    [InlineData(nameof(RequestRejection.InvalidLineEnding), 400)]
    [InlineData(nameof(RequestRejection.ChunkedNotFinal), 400)]
    public void A_rejection_has_its_status(string rejection, int status) =>
        Assert.Equal(status, Enum.Parse<RequestRejection>(rejection).StatusCode());

    [Fact]
    public void Every_rejection_is_a_client_error_but_the_not_implemented_ones()
    {
        foreach (var rejection in Enum.GetValues<RequestRejection>())
        {
            var status = rejection.StatusCode();
            Assert.True(status is >= 400 and < 500 || rejection is RequestRejection.UnsupportedTransferCoding or RequestRejection.HttpVersionNotSupported or RequestRejection.ConnectNotSupported,
                $"{rejection}: {status}");
        }
    }

    [Fact]
    public void Every_rejection_has_the_status_line_of_its_status()
    {
        foreach (var rejection in Enum.GetValues<RequestRejection>())
        {
            var statusLine = Encoding.ASCII.GetString(rejection.StatusLine());
            Assert.StartsWith($"HTTP/1.1 {rejection.StatusCode()} ", statusLine, StringComparison.Ordinal);
            Assert.EndsWith("\r\n", statusLine, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_rejection_has_its_own_printable_one_line_reason()
    {
        var reasons = Enum.GetValues<RequestRejection>().Select(rejection => rejection.Reason().ToArray()).ToList();

        Assert.All(reasons, reason => Assert.True(reason.Length > 0 && reason.All(b => b is >= 0x20 and < 0x7F), Encoding.ASCII.GetString(reason)));
        Assert.Equal(reasons.Count, reasons.Select(Encoding.ASCII.GetString).Distinct().Count());
    }

    [Fact]
    public void The_content_length_reason_is_plain()
    {
        Assert.Equal("Invalid Content-Length header."u8, RequestRejection.InvalidContentLength.Reason());
    }
}

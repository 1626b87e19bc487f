using System;
using System.Buffers;
using System.Text;
using MiniHttp.Parsing;
using MiniHttp.StaticFiles;

namespace MiniHttp.Tests.StaticFiles;

/// <summary>RFC 9110, section 13.2.2: which precondition decides, in which order, for a GET or HEAD.</summary>
public sealed class PreconditionTests
{
    private const string ETag = "\"5f-a\"";
    private const string Before = "Sat, 05 Nov 1994 08:49:37 GMT";
    private const string At = "Sun, 06 Nov 1994 08:49:37 GMT";
    private const string After = "Mon, 07 Nov 1994 08:49:37 GMT";
    private static readonly DateTimeOffset s_lastModified = new(1994, 11, 6, 8, 49, 37, TimeSpan.Zero);

    [Theory]
    [InlineData("", "Proceed")]
    [InlineData("If-None-Match: \"5f-a\"\r\n", "NotModified")]
    [InlineData("If-None-Match: W/\"5f-a\"\r\n", "NotModified")]
    [InlineData("If-None-Match: \"old\"\r\n", "Proceed")]
    [InlineData("If-None-Match: \"old\"\r\nIf-None-Match: \"5f-a\"\r\n", "NotModified")]
    [InlineData("If-None-Match: *\r\n", "NotModified")]
    [InlineData("If-Modified-Since: " + At + "\r\n", "NotModified")]
    [InlineData("If-Modified-Since: " + After + "\r\n", "NotModified")]
    [InlineData("If-Modified-Since: " + Before + "\r\n", "Proceed")]
    [InlineData("If-Modified-Since: not a date\r\n", "Proceed")]
    [InlineData("If-Match: \"5f-a\"\r\n", "Proceed")]
    [InlineData("If-Match: *\r\n", "Proceed")]
    [InlineData("If-Match: \"old\"\r\n", "Failed")]
    [InlineData("If-Match: W/\"5f-a\"\r\n", "Failed")]
    [InlineData("If-Unmodified-Since: " + At + "\r\n", "Proceed")]
    [InlineData("If-Unmodified-Since: " + Before + "\r\n", "Failed")]
    [InlineData("If-Unmodified-Since: garbage\r\n", "Proceed")]
    public void Evaluates_each_precondition(string fields, string expected) => Assert.Equal(expected, Evaluate(fields).ToString());

    [Theory]
    [InlineData("If-None-Match: \"old\"\r\nIf-Modified-Since: " + After + "\r\n", "Proceed")]
    [InlineData("If-None-Match: \"5f-a\"\r\nIf-Modified-Since: " + Before + "\r\n", "NotModified")]
    [InlineData("If-Match: \"5f-a\"\r\nIf-Unmodified-Since: " + Before + "\r\n", "Proceed")]
    [InlineData("If-Match: \"old\"\r\nIf-None-Match: \"5f-a\"\r\n", "Failed")]
    [InlineData("If-Unmodified-Since: " + Before + "\r\nIf-None-Match: \"5f-a\"\r\n", "Failed")]
    public void Takes_the_preconditions_in_the_rfc_order(string fields, string expected) => Assert.Equal(expected, Evaluate(fields).ToString());

    [Theory]
    [InlineData("GET", "Range: bytes=0-1\r\n", true)]
    [InlineData("HEAD", "Range: bytes=0-1\r\n", false)]
    [InlineData("GET", "", false)]
    [InlineData("GET", "Range: bytes=0-1\r\nIf-Range: \"5f-a\"\r\n", true)]
    [InlineData("GET", "Range: bytes=0-1\r\nIf-Range: W/\"5f-a\"\r\n", false)]
    [InlineData("GET", "Range: bytes=0-1\r\nIf-Range: \"old\"\r\n", false)]
    [InlineData("GET", "Range: bytes=0-1\r\nIf-Range: " + At + "\r\n", true)]
    [InlineData("GET", "Range: bytes=0-1\r\nIf-Range: " + After + "\r\n", false)]
    [InlineData("GET", "Range: bytes=0-1\r\nIf-Range: nonsense\r\n", false)]
    public void Applies_a_range_only_to_a_get_whose_if_range_names_the_representation(string method, string fields, bool expected)
    {
        var raw = Encoding.ASCII.GetBytes($"{method} /f HTTP/1.1\r\nHost: h\r\n{fields}\r\n");
        using var reader = new RequestReader(ServerLimits.Default);
        Assert.Equal(ReadStatus.Complete, reader.TryRead(new ReadOnlySequence<byte>(raw), out var request, out _, out _));
        Assert.Equal(expected, Preconditions.TryGetApplicableRange(in request, Encoding.ASCII.GetBytes(ETag), s_lastModified, out _));
    }

    private static PreconditionOutcome Evaluate(string fields)
    {
        var raw = Encoding.ASCII.GetBytes($"GET /f HTTP/1.1\r\nHost: h\r\n{fields}\r\n");
        using var reader = new RequestReader(ServerLimits.Default);
        Assert.Equal(ReadStatus.Complete, reader.TryRead(new ReadOnlySequence<byte>(raw), out var request, out _, out _));
        return Preconditions.Evaluate(in request, Encoding.ASCII.GetBytes(ETag), s_lastModified);
    }
}

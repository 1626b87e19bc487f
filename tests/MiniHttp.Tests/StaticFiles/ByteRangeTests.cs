using System.Text;
using MiniHttp.StaticFiles;

namespace MiniHttp.Tests.StaticFiles;

/// <summary>RFC 9110, sections 14.1.1 and 14.1.2, against a 1000-byte representation.</summary>
public sealed class ByteRangeTests
{
    [Theory]
    [InlineData("bytes=0-499", 0, 500)]
    [InlineData("bytes=500-999", 500, 500)]
    [InlineData("bytes=500-", 500, 500)]
    [InlineData("bytes=-500", 500, 500)]
    [InlineData("bytes=-2000", 0, 1000)]
    [InlineData("bytes=0-0", 0, 1)]
    [InlineData("bytes=999-5000", 999, 1)]
    [InlineData("bytes=0-99999999999999999999999", 0, 1000)]
    [InlineData("Bytes=10-19", 10, 10)]
    [InlineData("bytes= 10-19 ", 10, 10)]
    public void Answers_one_satisfiable_range_with_206(string field, long start, long count)
    {
        Assert.Equal(RangeOutcome.Partial, ByteRange.Evaluate(Encoding.ASCII.GetBytes(field), 1000, out var actualStart, out var actualCount));
        Assert.Equal((start, count), (actualStart, actualCount));
    }

    [Theory]
    [InlineData("bytes=1000-")]
    [InlineData("bytes=1000-1001")]
    [InlineData("bytes=-0")]
    [InlineData("bytes=99999999999999999999-")]
    public void Answers_a_range_past_the_end_with_416(string field) =>
        Assert.Equal(RangeOutcome.NotSatisfiable, ByteRange.Evaluate(Encoding.ASCII.GetBytes(field), 1000, out _, out _));

    [Theory]
    [InlineData("")]
    [InlineData("bytes=")]
    [InlineData("bytes=-")]
    [InlineData("bytes=5-1")]
    [InlineData("bytes=a-b")]
    [InlineData("bytes=+1-2")]
    [InlineData("bytes=1 -2")]
    [InlineData("bytes=0-1,5-6")]
    [InlineData("items=0-1")]
    [InlineData("bytes 0-1")]
    public void Ignores_what_it_does_not_take(string field) =>
        Assert.Equal(RangeOutcome.Whole, ByteRange.Evaluate(Encoding.ASCII.GetBytes(field), 1000, out _, out _));

    [Fact]
    public void An_empty_representation_is_sent_whole() =>
        Assert.Equal(RangeOutcome.Whole, ByteRange.Evaluate("bytes=0-10"u8, 0, out _, out _));
}

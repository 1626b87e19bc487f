using System.Buffers;
using MiniHttp.Parsing;

namespace MiniHttp.Tests.Parsing;

/// <summary>RFC 9110, section 10.1.1: <c>Expect: 100-continue</c> asks for an interim response; any other expectation is 417.</summary>
public sealed class ExpectationTests
{
    private const string Head = "POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n";

    [Fact]
    public void A_request_whose_body_has_not_arrived_asks_for_100_continue_once()
    {
        using var reader = new RequestReader(ServerLimits.Default);
        var head = new ReadOnlySequence<byte>(Reads.Bytes(Head));

        Assert.Equal(ReadStatus.Incomplete, Reads.Once(reader, head).Status);
        Assert.True(reader.TakeContinueRequest());
        Assert.Equal(ReadStatus.Incomplete, Reads.Once(reader, new ReadOnlySequence<byte>(Reads.Bytes(Head + "he"))).Status);
        Assert.False(reader.TakeContinueRequest());
        Assert.Equal("hello", Reads.Once(reader, new ReadOnlySequence<byte>(Reads.Bytes(Head + "hello"))).Request!.Body);
    }

    [Fact]
    public void The_next_request_on_the_connection_may_ask_again()
    {
        using var reader = new RequestReader(ServerLimits.Default);
        Reads.Once(reader, new ReadOnlySequence<byte>(Reads.Bytes(Head)));
        Assert.True(reader.TakeContinueRequest());
        Reads.Once(reader, new ReadOnlySequence<byte>(Reads.Bytes(Head + "hello")));

        Assert.Equal(ReadStatus.Incomplete, Reads.Once(reader, new ReadOnlySequence<byte>(Reads.Bytes(Head))).Status);
        Assert.True(reader.TakeContinueRequest());
    }

    [Theory]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\n")]
    [InlineData("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n")]
    [InlineData("POST / HTTP/1.1\r\nHost: a\r\nExpect:\r\nContent-Length: 5\r\n\r\n")]
    public void Without_an_accepted_head_asking_for_it_no_100_continue_is_sent(string raw)
    {
        using var reader = new RequestReader(ServerLimits.Default);

        Assert.Equal(ReadStatus.Incomplete, Reads.Once(reader, new ReadOnlySequence<byte>(Reads.Bytes(raw))).Status);
        Assert.False(reader.TakeContinueRequest());
    }

    [Theory]
    [InlineData("Expect: 100-Continue")]
    [InlineData("EXPECT:   100-continue  ")]
    public void The_expectation_is_case_insensitive(string field)
    {
        using var reader = new RequestReader(ServerLimits.Default);
        var raw = $"POST / HTTP/1.1\r\nHost: a\r\n{field}\r\nContent-Length: 5\r\n\r\n";

        Reads.Once(reader, new ReadOnlySequence<byte>(Reads.Bytes(raw)));
        Assert.True(reader.TakeContinueRequest());
    }

    [Theory]
    [InlineData("Expect: 200-ok")]
    [InlineData("Expect: 100-continue, x")]
    [InlineData("Expect: 100-continuex")]
    public void Any_other_expectation_is_417(string field) =>
        Reads.AssertRejected($"POST / HTTP/1.1\r\nHost: a\r\n{field}\r\nContent-Length: 5\r\n\r\nhello", nameof(RequestRejection.UnsupportedExpectation), 417);

    [Fact]
    public void A_body_too_large_is_413_before_the_expectation_is_looked_at() =>
        Reads.AssertRejected(
            "POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 31000000\r\n\r\n",
            nameof(RequestRejection.BodyTooLarge),
            413);
}

using System.Buffers;
using System.Collections.Generic;
using MiniHttp.Parsing;

namespace MiniHttp.Tests.Parsing;

/// <summary>RFC 9112, section 9.3.2: requests sent back to back are read one after another from one buffer.</summary>
public sealed class PipeliningTests
{
    private const string Get = "GET /pipeline HTTP/1.1\r\nHost: a\r\n\r\n";
    private const string Post = "POST /baseline11?a=1&b=2 HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n40";
    private const string Chunked = "POST /upload HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n0\r\nT: 1\r\n\r\n";
    private const string Closing = "GET /last HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n";

    [Fact]
    public void Requests_back_to_back_are_read_one_after_another_each_consuming_exactly_itself()
    {
        var requests = new[] { Get, Post, Chunked, Get, Post, Closing, Get };
        var all = string.Concat(requests);

        var read = ReadAll(new ReadOnlySequence<byte>(Reads.Bytes(all)), out var rest);

        Assert.Equal(requests.Length, read.Count);
        for (var i = 0; i < requests.Length; i++)
        {
            Assert.Equal(Reads.Complete(requests[i]), read[i]);
        }

        Assert.Equal(0, rest.Length);
    }

    [Fact]
    public void Pipelined_requests_straddling_segments_read_the_same_as_in_one_segment()
    {
        var all = Reads.Bytes(string.Concat(Get, Post, Chunked, Get, Post));
        var expected = ReadAll(new ReadOnlySequence<byte>(all), out _);

        for (var split = 0; split <= all.Length; split++)
        {
            var read = ReadAll(Segments.Split(all, split), out var rest);

            Assert.Equal(expected, read);
            Assert.Equal(0, rest.Length);
        }
    }

    [Fact]
    public void A_partial_request_after_complete_ones_is_incomplete_and_left_unconsumed()
    {
        var read = ReadAll(new ReadOnlySequence<byte>(Reads.Bytes(Get + Post + "GET /next HT")), out var rest);

        Assert.Equal(2, read.Count);
        Assert.Equal("GET /next HT".Length, rest.Length);
    }

    [Fact]
    public void A_rejected_request_after_complete_ones_is_reported_after_they_are_read()
    {
        using var reader = new RequestReader(ServerLimits.Default);
        var buffer = new ReadOnlySequence<byte>(Reads.Bytes(Get + "GET / HTTP/1.1\r\nHost: a\nX"));

        Assert.Equal(ReadStatus.Complete, reader.TryRead(buffer, out _, out var consumed, out _));
        Assert.Equal(ReadStatus.Rejected, reader.TryRead(buffer.Slice(consumed), out _, out _, out var rejection));
        Assert.Equal(RequestRejection.InvalidLineEnding, rejection);
    }

    /// <summary>Reads requests until one is not complete, as the connection loop does; <paramref name="rest"/> is what is left.</summary>
    private static List<ParsedRequest> ReadAll(ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> rest)
    {
        using var reader = new RequestReader(ServerLimits.Default);
        var read = new List<ParsedRequest>();
        while (reader.TryRead(buffer, out var request, out var consumed, out _) == ReadStatus.Complete)
        {
            read.Add(ParsedRequest.From(request, buffer.Slice(buffer.Start, consumed).Length));
            buffer = buffer.Slice(consumed);
        }

        rest = buffer;
        return read;
    }
}

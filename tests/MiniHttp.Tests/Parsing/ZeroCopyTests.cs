using System;
using System.Buffers;
using MiniHttp.Parsing;

namespace MiniHttp.Tests.Parsing;

/// <summary>A request in one segment is handed out as spans into that segment; one that straddles is copied once.</summary>
public sealed class ZeroCopyTests
{
    [Fact]
    public void A_request_in_one_segment_points_into_the_receive_buffer()
    {
        var bytes = Reads.Bytes("POST /a?b=c HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhi");
        using var reader = new RequestReader(ServerLimits.Default);

        Assert.Equal(ReadStatus.Complete, reader.TryRead(new ReadOnlySequence<byte>(bytes), out var request, out _, out _));

        Assert.True(request.MethodToken.Overlaps(bytes));
        Assert.True(request.Path.Overlaps(bytes));
        Assert.True(request.Query.Overlaps(bytes));
        Assert.True(request.Headers.Overlaps(bytes));
        Assert.True(request.Body.Overlaps(bytes));
    }

    [Fact]
    public void A_head_in_the_first_segment_points_into_it_even_when_the_body_straddles()
    {
        var bytes = Reads.Bytes("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n\r\nbody");
        var buffer = Segments.Split(bytes, bytes.Length - 2);
        using var reader = new RequestReader(ServerLimits.Default);

        Assert.Equal(ReadStatus.Complete, reader.TryRead(buffer, out var request, out _, out _));

        Assert.True(request.Headers.Overlaps(buffer.First.Span));
        Assert.False(request.Body.Overlaps(buffer.First.Span));
        Assert.Equal("body"u8, request.Body);
    }

    [Fact]
    public void A_chunked_body_is_decoded_into_the_readers_buffer_and_the_head_stays_in_place()
    {
        var bytes = Reads.Bytes("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n");
        using var reader = new RequestReader(ServerLimits.Default);

        Assert.Equal(ReadStatus.Complete, reader.TryRead(new ReadOnlySequence<byte>(bytes), out var request, out _, out _));

        Assert.True(request.Headers.Overlaps(bytes));
        Assert.False(request.Body.Overlaps(bytes));
        Assert.Equal("hi"u8, request.Body);
    }
}

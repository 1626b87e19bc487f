using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO.Pipelines;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using MiniHttp.Parsing;

namespace MiniHttp.Tests.Streaming;

/// <summary>
/// <see cref="RequestBodyReader"/> over a pipe: the body comes out exactly as sent, whatever byte the bytes are split at,
/// and the input is left at the first byte of the next request.
/// </summary>
public sealed class StreamedBodyReadingTests
{
    private const string Next = "GET /next HTTP/1.1\r\nHost: a\r\n\r\n";

    private readonly struct StreamEveryBody : IBodyStreaming
    {
        public static bool StreamsBody(RequestMethod method, ReadOnlySpan<byte> path) => true;
    }

    public static TheoryData<string, string> Bodies => new()
    {
        { "POST /up HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\nhello world", "hello world" },
        { "POST /up HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n1;ext=1\r\n \r\n5\r\nworld\r\n0\r\nTrailer: x\r\n\r\n", "hello world" },
        { "POST /up HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_body_split_at_every_byte_reads_the_same_and_leaves_the_next_request(string raw, string body)
    {
        var bytes = Encoding.Latin1.GetBytes(raw + Next);
        for (var split = 0; split <= bytes.Length; split++)
        {
            var (readBody, rest) = await ReadSplitAsync(bytes, split, ServerLimits.Default);

            Assert.True(body == readBody, $"Split at {split}: read \"{readBody}\".");
            Assert.True(Next == rest, $"Split at {split}: left \"{rest}\".");
        }
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_throws_with_413_once_a_chunk_announces_too_much()
    {
        var bytes = Encoding.Latin1.GetBytes("POST /up HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n9\r\n123456789\r\n0\r\n\r\n");

        var error = await Assert.ThrowsAsync<BadRequestBodyException>(() => ReadSplitAsync(bytes, bytes.Length, ServerLimits.Default with { MaxRequestBodySize = 16 }));

        Assert.Equal(413, error.StatusCode);
        Assert.Equal("Request body too large.", error.Message);
    }

    [Fact]
    public async Task A_client_that_closes_mid_body_makes_the_read_throw_and_aborts_the_request()
    {
        var bytes = Encoding.Latin1.GetBytes("POST /up HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n12345");
        var connection = new ConnectionContext(null);
        var aborted = connection.Aborted;

        await Assert.ThrowsAsync<System.IO.IOException>(() => ReadSplitAsync(bytes, bytes.Length, ServerLimits.Default, connection));

        Assert.True(aborted.IsCancellationRequested);
    }

    private static async Task<(string Body, string Remainder)> ReadSplitAsync(byte[] bytes, int split, ServerLimits limits, ConnectionContext? connection = null)
    {
        var input = new Pipe();
        var output = new Pipe();
        connection ??= new ConnectionContext(null);
        using var requestReader = new RequestReader(limits, connection);
        using var body = new RequestBodyReader(input.Reader, output.Writer, connection, limits, new ConnectionTimeouts(limits));

        await input.Writer.WriteAsync(bytes.AsMemory(0, split));
        var reading = ReadAsync(input.Reader, requestReader, body);
        await input.Writer.WriteAsync(bytes.AsMemory(split));
        await input.Writer.CompleteAsync();
        return await reading;
    }

    private static async Task<(string Body, string Remainder)> ReadAsync(PipeReader input, RequestReader requestReader, RequestBodyReader body)
    {
        while (true)
        {
            var result = await input.ReadAsync();
            var status = requestReader.TryRead<StreamEveryBody>(result.Buffer, out _, out var consumed, out var rejection);
            Assert.NotEqual(ReadStatus.Rejected, status);
            if (status == ReadStatus.Complete)
            {
                Assert.True(requestReader.IsBodyStreamed);
                input.AdvanceTo(consumed, consumed);
                break;
            }

            Assert.False(result.IsCompleted, "The head never completed.");
            input.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }

        body.Start(requestReader.StreamedHead);
        var read = new List<byte>();
        while (true)
        {
            var result = await body.ReadAsync();
            read.AddRange(result.Buffer.ToArray());
            body.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                break;
            }
        }

        var rest = new List<byte>();
        while (true)
        {
            var result = await input.ReadAsync();
            rest.AddRange(result.Buffer.ToArray());
            input.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                break;
            }
        }

        return (Encoding.Latin1.GetString(read.ToArray()), Encoding.Latin1.GetString(rest.ToArray()));
    }
}

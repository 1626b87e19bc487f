using System;
using System.IO.Pipelines;
using System.Buffers;
using System.Text;

namespace MiniHttp.Tests.Responses;

/// <summary>
/// <see cref="HttpResponse.WriteJsonUtf8"/>, which serves a JSON document that is already bytes (the generated OpenAPI
/// document): its exact response, and no allocation once the connection is warm.
/// </summary>
public sealed class JsonUtf8WriteTests
{
    private const int WriteCount = 1000;

    // As large as a sizeable API's document, so the write goes past one pipe segment.
    private static readonly byte[] s_document = Encoding.UTF8.GetBytes("{\"openapi\":\"3.1.1\",\"x\":\"" + new string('a', 40_000) + "\"}");

    [Fact]
    public void The_bytes_are_the_body_of_a_200_application_json_response()
    {
        var pipe = new Pipe();
        var response = new HttpResponse(pipe.Writer);
        response.Reset(ProtocolVersion.Http11, keepAlive: true);

        response.WriteJsonUtf8("{\"a\":1}"u8);
        var flush = pipe.Writer.FlushAsync();
        Assert.True(flush.IsCompletedSuccessfully);
        pipe.Reader.TryRead(out var result);
        var text = Encoding.ASCII.GetString(BuffersExtensions.ToArray(result.Buffer));

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nContent-Type: application/json; charset=utf-8\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nContent-Length: 7\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n{\"a\":1}", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_thousand_documents_are_written_without_allocating(bool omitBody)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        var response = new HttpResponse(pipe.Writer);
        WriteMany(pipe, response, omitBody, 10);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var written = WriteMany(pipe, response, omitBody, WriteCount);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(WriteCount * (long)(omitBody ? 0 : s_document.Length), written);
        Assert.Equal(0, allocated);
    }

    /// <summary>Writes the document <paramref name="count"/> times, flushing and draining as a connection does; returns the body bytes seen.</summary>
    private static long WriteMany(Pipe pipe, HttpResponse response, bool omitBody, int count)
    {
        long bodyBytes = 0;
        for (var i = 0; i < count; i++)
        {
            response.Reset(ProtocolVersion.Http11, keepAlive: true);
            response.WriteJsonUtf8(s_document, omitBody);
            var flush = pipe.Writer.FlushAsync();
            Assert.True(flush.IsCompletedSuccessfully);
            pipe.Reader.TryRead(out var result);
            // The response is written in one reservation, so its head is in the first segment.
            bodyBytes += result.Buffer.Length - (result.Buffer.FirstSpan.IndexOf("\r\n\r\n"u8) + 4);
            pipe.Reader.AdvanceTo(result.Buffer.End);
        }

        return bodyBytes;
    }
}

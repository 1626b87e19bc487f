using System;
using System.Collections.Generic;
using System.IO.Pipelines;
using MiniHttp.Parsing;

namespace MiniHttp.Tests.Responses;

/// <summary>
/// With problem details on, the framework's own errors and a typed problem are written through the connection's reused
/// JSON writer: nothing is allocated per response once the connection is warm. Measured, not assumed.
/// </summary>
public sealed class ProblemAllocationTests
{
    private const int WriteCount = 1000;

    private static readonly Dictionary<string, string[]> s_errors = new() { ["title"] = ["The title is required."] };

    [Theory]
    [InlineData("bad argument")]
    [InlineData("not found")]
    [InlineData("method not allowed")]
    [InlineData("unsupported media type")]
    [InlineData("internal server error")]
    [InlineData("rejection")]
    [InlineData("typed problem")]
    [InlineData("validation problem")]
    public void A_thousand_problems_are_written_without_allocating(string kind)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        var response = new HttpResponse(pipe.Writer) { WritesProblemDetails = true, ConnectionId = 42 };
        WriteMany(pipe, response, kind, 10);

        var before = GC.GetAllocatedBytesForCurrentThread();
        WriteMany(pipe, response, kind, WriteCount);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    private static void WriteMany(Pipe pipe, HttpResponse response, string kind, int count)
    {
        for (var i = 0; i < count; i++)
        {
            response.Reset(ProtocolVersion.Http11, keepAlive: true);
            switch (kind)
            {
                case "bad argument":
                    response.WriteBadRequest("Query parameter 'v' is not a valid int."u8);
                    break;
                case "not found":
                    response.WriteNotFound();
                    break;
                case "method not allowed":
                    response.WriteMethodNotAllowed("GET, HEAD, OPTIONS"u8);
                    break;
                case "unsupported media type":
                    response.WriteUnsupportedMediaType("Request body for parameter 'order' must be sent as application/json."u8);
                    break;
                case "internal server error":
                    response.WriteInternalServerError();
                    break;
                case "rejection":
                    response.WriteRejection(RequestRejection.InvalidContentLength, ofCurrentRequest: false);
                    break;
                case "typed problem":
                    TypedResults.Problem("Out of tea.", statusCode: 503).WriteTo(response, omitBody: false);
                    break;
                default:
                    TypedResults.ValidationProblem(s_errors).WriteTo(response, omitBody: false);
                    break;
            }

            // An unbounded pipe completes every flush at once.
            var flush = pipe.Writer.FlushAsync();
            Assert.True(flush.IsCompletedSuccessfully);
            pipe.Reader.TryRead(out var result);
            pipe.Reader.AdvanceTo(result.Buffer.End);
        }
    }
}

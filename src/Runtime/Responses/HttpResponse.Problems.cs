using System;
using MiniHttp.Parsing;
using MiniHttp.Problems;

namespace MiniHttp;

public sealed partial class HttpResponse
{
    private uint _requestNumber;

    /// <summary>
    /// Whether the framework's own errors (bad arguments, <c>404</c>, <c>405</c>, <c>415</c>, <c>500</c>, the parser's
    /// rejections) are problem details (<see cref="ServerOptions.ProblemDetails"/>) rather than one line of text.
    /// </summary>
    internal bool WritesProblemDetails { get; init; }

    /// <summary>The connection's identifier, the first half of each request's trace identifier.</summary>
    internal long ConnectionId { get; init; }

    /// <summary>Writes the request's trace identifier (<see cref="TraceIdentifier"/>) into <paramref name="destination"/>.</summary>
    private void TraceId(Span<byte> destination) => TraceIdentifier.Format(ConnectionId, _requestNumber, destination);

    /// <summary>
    /// Answers a rejected request: the status and reason <see cref="RequestRejections"/> decided, as text or as a problem,
    /// with <c>Connection: close</c>.
    /// </summary>
    /// <param name="ofCurrentRequest">
    /// True when the request was being answered (its streamed body was rejected), false for one the parser refused,
    /// which is the connection's next request.
    /// </param>
    internal void WriteRejection(RequestRejection rejection, bool ofCurrentRequest)
    {
        if (!WritesProblemDetails)
        {
            RejectionResponse.Write(_output, rejection, ResultHeaders.TextPlain, rejection.Reason());
            return;
        }

        if (!ofCurrentRequest)
        {
            _requestNumber++;
        }

        Span<byte> traceId = stackalloc byte[TraceIdentifier.Length];
        TraceId(traceId);
        try
        {
            ProblemJson.Write(StartJson(), rejection.StatusCode(), rejection.Reason(), traceId);
            RejectionResponse.Write(_output, rejection, ProblemJson.ContentTypeLine, _jsonBuffer!.WrittenSpan);
        }
        finally
        {
            EndJson();
        }
    }

    /// <summary>
    /// Answers one of the framework's own errors: <paramref name="reason"/> as the plain-text body, or, with problem
    /// details on, as the problem's <c>detail</c>.
    /// </summary>
    private void WriteError(ReadOnlySpan<byte> statusLine, ReadOnlySpan<byte> extraHeaders, ReadOnlySpan<byte> reason, bool omitBody)
    {
        if (!WritesProblemDetails)
        {
            Write(statusLine, extraHeaders, TextPlain, reason, omitBody);
            return;
        }

        Span<byte> traceId = stackalloc byte[TraceIdentifier.Length];
        TraceId(traceId);
        try
        {
            ProblemJson.Write(StartJson(), StatusLines.CodeOf(statusLine), reason, traceId);
            Write(statusLine, extraHeaders, ProblemJson.ContentTypeLine, _jsonBuffer!.WrittenSpan, omitBody);
        }
        finally
        {
            EndJson();
        }
    }
}

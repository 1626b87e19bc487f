using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.RegularExpressions;

namespace MiniHttp.Generators.Tests.Infrastructure;

/// <summary>
/// An <see cref="HttpResponse"/> over an in-memory pipe, and the exact bytes written to it as text, with the varying
/// <c>Date</c> value masked as <see cref="Date"/>.
/// </summary>
internal static partial class ResponseCapture
{
    public const string Date = "Date: <date>\r\n";

    /// <summary>A problem's <c>traceId</c> as the masks leave it: the connection's identifier differs from run to run.</summary>
    public const string TraceId = "\"traceId\":\"<trace>\"";

    public static (Pipe Pipe, HttpResponse Response) Begin(ProtocolVersion version = ProtocolVersion.Http11, bool keepAlive = true)
    {
        var pipe = new Pipe();
        var response = new HttpResponse(pipe.Writer);
        response.Reset(version, keepAlive);
        return (pipe, response);
    }

    public static string End(Pipe pipe)
    {
        pipe.Writer.FlushAsync().AsTask().GetAwaiter().GetResult();
        pipe.Writer.Complete();
        pipe.Reader.TryRead(out var result);
        return Mask(Encoding.UTF8.GetString(result.Buffer.ToArray()));
    }

    /// <summary>The response with its varying parts, the Date value and a problem's trace identifier, masked.</summary>
    public static string Mask(string response) => TraceIdMember().Replace(DateLine().Replace(response, Date), TraceId);

    [GeneratedRegex(@"Date: [^\r]*\r\n")]
    private static partial Regex DateLine();

    // 13 base32 characters of the connection, a colon, 8 hexadecimal digits of the request: nothing else matches.
    [GeneratedRegex("\"traceId\":\"[0-9A-V]{13}:[0-9A-F]{8}\"")]
    private static partial Regex TraceIdMember();
}

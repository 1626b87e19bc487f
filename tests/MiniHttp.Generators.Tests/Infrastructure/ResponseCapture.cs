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
        return DateLine().Replace(Encoding.UTF8.GetString(result.Buffer.ToArray()), Date);
    }

    [GeneratedRegex(@"Date: [^\r]*\r\n")]
    private static partial Regex DateLine();
}

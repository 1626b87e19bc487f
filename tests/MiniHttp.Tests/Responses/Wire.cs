using System;
using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace MiniHttp.Tests.Responses;

/// <summary>Runs writes against a response over an in-memory pipe and returns what reached the pipe, Date masked.</summary>
internal static partial class Wire
{
    public const string Date = "Date: <date>\r\n";

    public static string Capture(Action<HttpResponse> write, ProtocolVersion version = ProtocolVersion.Http11, bool keepAlive = true) =>
        Capture(write, out _, version, keepAlive);

    public static string Capture(Action<HttpResponse> write, out HttpResponse response, ProtocolVersion version = ProtocolVersion.Http11, bool keepAlive = true)
    {
        // No back-pressure: the whole output is read only after everything is written.
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        response = new HttpResponse(pipe.Writer);
        response.Reset(version, keepAlive);
        write(response);
        return Drain(pipe);
    }

    public static async Task<(string Wire, HttpResponse Response)> CaptureAsync(
        Func<HttpResponse, Task> write,
        ProtocolVersion version = ProtocolVersion.Http11,
        bool keepAlive = true)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        var response = new HttpResponse(pipe.Writer);
        response.Reset(version, keepAlive);
        await write(response);
        return (Drain(pipe), response);
    }

    public static string Mask(string text) => DateLine().Replace(text, Date);

    private static string Drain(Pipe pipe)
    {
        pipe.Writer.FlushAsync().AsTask().GetAwaiter().GetResult();
        pipe.Writer.Complete();
        pipe.Reader.TryRead(out var result);
        var text = Encoding.UTF8.GetString(result.Buffer.ToArray());
        pipe.Reader.AdvanceTo(result.Buffer.End);
        pipe.Reader.Complete();
        return Mask(text);
    }

    [GeneratedRegex(@"Date: [^\r]*\r\n")]
    private static partial Regex DateLine();
}

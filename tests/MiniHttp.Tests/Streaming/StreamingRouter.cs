using System;
using System.IO;
using System.IO.Pipelines;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp.Tests.Streaming;

/// <summary>
/// A hand-written router with routes that stream their bodies, written the way the generator emits them: the route says
/// so in <see cref="IHttpRouter.StreamsBody"/>, and an async handler defers its response.
/// </summary>
internal readonly struct StreamingRouter : IHttpRouter
{
    private static long s_largestRead;

    /// <summary>The most body bytes one read of <c>/count</c> was handed since the last <see cref="TakeLargestRead"/>.</summary>
    public static long TakeLargestRead() => Interlocked.Exchange(ref s_largestRead, 0);

    public static bool StreamsBody(RequestMethod method, ReadOnlySpan<byte> path) =>
        path.SequenceEqual("/count"u8) || path.SequenceEqual("/stream"u8) || path.SequenceEqual("/ignore"u8);

    public void Dispatch(scoped in HttpRequest request, HttpResponse response)
    {
        switch (request.Path)
        {
            case var path when path.SequenceEqual("/count"u8):
                Answer(CountAsync(request.BodyReader), response);
                break;

            case var path when path.SequenceEqual("/stream"u8):
                Answer(ReadAllAsync(request.BodyStream), response);
                break;

            case var path when path.SequenceEqual("/ignore"u8):
                response.WritePlainText("ignored"u8);
                break;

            default:
                response.WritePlainText(Encoding.ASCII.GetString(request.Query));
                break;
        }
    }

    private static void Answer(ValueTask<string> task, HttpResponse response)
    {
        if (task.IsCompletedSuccessfully)
        {
            response.WritePlainText(task.Result);
        }
        else
        {
            response.Defer(WriteWhenDoneAsync(task, response));
        }
    }

    private static async ValueTask WriteWhenDoneAsync(ValueTask<string> task, HttpResponse response) =>
        response.WritePlainText(await task.ConfigureAwait(false));

    private static async ValueTask<string> CountAsync(PipeReader body)
    {
        var count = 0L;
        while (true)
        {
            var result = await body.ReadAsync().ConfigureAwait(false);
            var length = result.Buffer.Length;
            count += length;
            long largest;
            while (length > (largest = Interlocked.Read(ref s_largestRead)) && Interlocked.CompareExchange(ref s_largestRead, length, largest) != largest)
            {
            }

            body.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                return count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    private static async ValueTask<string> ReadAllAsync(Stream body)
    {
        using var reader = new StreamReader(body, Encoding.ASCII);
        return await reader.ReadToEndAsync().ConfigureAwait(false);
    }
}

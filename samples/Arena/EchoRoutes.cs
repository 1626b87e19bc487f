using System.IO.Pipelines;
using MiniHttp;

namespace Arena;

/// <summary>HttpArena's <c>8gbit</c> profile: the request body, sent back byte for byte while it arrives.</summary>
public static class EchoRoutes
{
    /// <summary>
    /// <c>POST /echo</c>: each piece of the body that arrives, Content-Length or chunked, is written back as one chunk of
    /// the response, so a body of any size passes through in about one receive's worth of memory and the first bytes go
    /// back before the last ones come in.
    /// </summary>
    [Post("/echo")]
    public static StreamedResult Echo(PipeReader body) => HttpResult.Stream(200, async (response, cancellationToken) =>
    {
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken).ConfigureAwait(false);
            foreach (var segment in read.Buffer)
            {
                await response.WriteAsync(segment, cancellationToken).ConfigureAwait(false);
            }

            body.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted)
            {
                return;
            }
        }
    });
}

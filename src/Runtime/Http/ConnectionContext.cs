using System.Net;
using System.Threading;

namespace MiniHttp;

/// <summary>
/// What a request can learn of the connection it came on, beyond its own bytes: one per connection, reused for every
/// request on it, so asking for none of it costs nothing.
/// </summary>
internal sealed class ConnectionContext
{
    private CancellationTokenSource? _abortSource;
    private int _aborted;

    public ConnectionContext(EndPoint? remoteEndPoint, bool isHttps = false, ForwardedHeadersOptions? forwardedHeaders = null, bool allowSynchronousIO = false)
    {
        RemoteEndPoint = remoteEndPoint;
        IsHttps = isHttps;
        ForwardedHeaders = forwardedHeaders;
        AllowSynchronousIO = allowSynchronousIO;
    }

    public EndPoint? RemoteEndPoint { get; }

    /// <summary>Whether the connection is a TLS one.</summary>
    public bool IsHttps { get; }

    /// <summary>The proxies trusted to name the client, from <see cref="ServerOptions.ForwardedHeaders"/>; null to trust none.</summary>
    public ForwardedHeadersOptions? ForwardedHeaders { get; }

    /// <summary>Whether the request body may be read synchronously: <see cref="ServerOptions.AllowSynchronousIO"/>.</summary>
    public bool AllowSynchronousIO { get; }

    /// <summary>The body of the request being handled, when its route streams it; else null.</summary>
    public RequestBodyReader? Body { get; set; }

    /// <summary>Whether the client went away while a request was being handled.</summary>
    public bool IsAborted => Volatile.Read(ref _aborted) != 0;

    /// <summary>Canceled when the client goes away; its source is created the first time a handler asks for it.</summary>
    public CancellationToken Aborted
    {
        get
        {
            var source = Volatile.Read(ref _abortSource);
            if (source is null)
            {
                source = new CancellationTokenSource();
                var raced = Interlocked.CompareExchange(ref _abortSource, source, null);
                if (raced is not null)
                {
                    return raced.Token;
                }

                // Abort may have run between the read above and the exchange, and found no source to cancel.
                if (IsAborted)
                {
                    source.Cancel();
                }
            }

            return source.Token;
        }
    }

    /// <summary>Records that the client went away and cancels <see cref="Aborted"/>, if anyone asked for it.</summary>
    /// <remarks>
    /// The token reads as canceled at once, but its callbacks run on the thread pool, never here: this runs on the thread
    /// that saw the client leave, a socket event thread with inline completions, and a callback may block until work
    /// that needs that very thread is done (Npgsql's cancellation sends PostgreSQL a cancel request and waits for the
    /// query it cancels to end, whose reply is read by a continuation of that thread), which would stall every
    /// connection of the thread for good.
    /// </remarks>
    public void Abort()
    {
        Interlocked.Exchange(ref _aborted, 1);
        _ = Volatile.Read(ref _abortSource)?.CancelAsync();
    }

    /// <summary>
    /// Readies <see cref="Aborted"/> for the next request after one completed with the client still there: a source that
    /// was never canceled is reset, so a request that asks for the token allocates nothing after the first.
    /// </summary>
    /// <remarks>
    /// A source without a timer or a wait handle holds nothing that needs disposing, so none is ever disposed: that keeps
    /// <see cref="Abort"/>, which may run on another thread, from racing a disposal.
    /// </remarks>
    public void EndRequest()
    {
        if (_abortSource is { } source && !source.TryReset())
        {
            _abortSource = null;
        }
    }
}

using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using MiniHttp;

namespace Arena;

/// <summary>
/// HttpArena's <c>async</c> profile: a request the server cannot answer yet. The wait is a timer, not a thread, so tens
/// of thousands of held requests cost a timer and a suspended state machine each.
/// </summary>
public static class DelayRoutes
{
    /// <summary>
    /// The longest wait a request may ask for, in milliseconds. HttpArena asks for 10 ms in its run and at most 500 ms
    /// in its validation; a minute is far past both, and keeps a client from holding a timer for the 24 days
    /// <see cref="Task.Delay(int, CancellationToken)"/> would otherwise take.
    /// </summary>
    public const int MaxDelay = 60_000;

    private static readonly HttpResult s_outOfRange =
        HttpResult.Text(400, string.Create(CultureInfo.InvariantCulture, $"Route value 'ms' must be a delay from 0 to {MaxDelay} milliseconds."));

    /// <summary>
    /// <c>GET /delay/{ms}</c>: waits <paramref name="ms"/> milliseconds, then answers the number. A client that leaves
    /// cancels the wait, so its timer goes at once rather than when it would have fired.
    /// </summary>
    [Get("/delay/{ms:int}")]
    public static async ValueTask<HttpResult> Delay(int ms, CancellationToken aborted)
    {
        if ((uint)ms > MaxDelay)
        {
            return s_outOfRange;
        }

        await Task.Delay(ms, aborted).ConfigureAwait(false);
        return HttpResult.Text(200, ms.ToString(CultureInfo.InvariantCulture));
    }
}

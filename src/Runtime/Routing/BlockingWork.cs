using System;
using System.ComponentModel;
using System.Threading.Tasks;

namespace MiniHttp.Routing;

/// <summary>
/// Starts the work of a <see cref="BlockingAttribute"/> handler (calling it and writing its result) on the thread pool,
/// as a task the generated router hands to <see cref="HttpResponse.Defer"/>, so the thread that received the request
/// (with inline socket completions, a socket event thread serving other connections) goes back to its other work.
/// Generated code calls it; applications have no need to.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class BlockingWork
{
    /// <summary>Runs <paramref name="work"/>, which blocks until it is done, on the thread pool.</summary>
    public static ValueTask Run(Action work) => new(Task.Run(work));

    /// <summary>Runs <paramref name="work"/>, whose synchronous part may block, on the thread pool.</summary>
    public static ValueTask RunAsync(Func<Task> work) => new(Task.Run(work));
}

using System;
using System.Threading.Tasks;

namespace MiniHttp.Hooks.Tests;

/// <summary>The routes behind the hooks: plain, protected, asynchronous, blocking and failing handlers.</summary>
public static class HookedRoutes
{
    private static readonly TaskCompletionSource<string> s_pendingAnswer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Get("/hello")]
    public static string Hello() => "hello";

    [Post("/echo")]
    public static string Echo([FromBody] string text) => text;

    [Get("/admin/stats")]
    public static int AdminStats() => 42;

    /// <summary>Answers only after the test completes it, so its response is certainly deferred.</summary>
    [Get("/later")]
    public static Task<string> Later() => s_pendingAnswer.Task;

    /// <summary>May block: runs on the thread pool, its response deferred, so the access log sees it after it is written.</summary>
    [Get("/blocking")]
    [Blocking]
    public static string Blocking() => "blocked a while";

    [Get("/boom")]
    public static string Boom() => throw new InvalidOperationException("The handler failed.");

    public static void AnswerLater(string text) => s_pendingAnswer.SetResult(text);
}

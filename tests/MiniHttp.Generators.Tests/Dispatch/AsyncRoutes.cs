using System;
using System.IO;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;
using MiniHttp;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>Handlers that return tasks, take the client's cancellation token, or stream their result.</summary>
public static class AsyncRoutes
{
    [Get("/async/now")]
    public static Task<int> Now(int v) => Task.FromResult(v);

    [Get("/async/later")]
    public static async Task<string> Later(string name)
    {
        await Task.Yield();
        return "hi " + name;
    }

    [Get("/async/json")]
    public static async ValueTask<Order> Json(int quantity)
    {
        await Task.Yield();
        return new Order("tea", quantity);
    }

    [Get("/async/flag")]
    public static async ValueTask<bool> Flag()
    {
        await Task.Yield();
        return true;
    }

    [Post("/async/nothing")]
    public static async Task Nothing()
    {
        await Task.Yield();
    }

    [Post("/async/nothing-now")]
    public static ValueTask NothingNow() => ValueTask.CompletedTask;

    [Get("/async/fails")]
    public static async Task<int> Fails()
    {
        await Task.Yield();
        throw new InvalidOperationException("The handler failed.");
    }

    [Get("/async/token")]
    public static Task<bool> Token(CancellationToken aborted) => Task.FromResult(aborted.IsCancellationRequested);

    [Post("/stream/upload")]
    public static async ValueTask<long> Upload(PipeReader body)
    {
        var read = await body.ReadAsync();
        body.AdvanceTo(read.Buffer.End);
        return read.Buffer.Length;
    }

    [Put("/stream/{name}")]
    public static async Task<string> Save(string name, Stream body) => name + ":" + await new StreamReader(body).ReadToEndAsync();

    [Put("/stream/literal")]
    public static string Literal() => "literal";

    [Get("/streamed")]
    public static StreamedResult Streamed(int parts) => HttpResult.Stream(200, async (body, cancellationToken) =>
    {
        for (var i = 0; i < parts; i++)
        {
            await body.WriteAsync("part;"u8.ToArray(), cancellationToken);
        }
    });

    [Get("/async/streamed")]
    public static async Task<StreamedResult> StreamedLater()
    {
        await Task.Yield();
        return HttpResult.Stream(202, static (body, cancellationToken) => body.WriteAsync("later"u8.ToArray(), cancellationToken));
    }
}

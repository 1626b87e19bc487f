using System;
using System.Diagnostics;
using System.Net;
using System.Threading.Tasks;

namespace MiniHttp.Tests.Server;

/// <summary>Starts a <see cref="HttpServer{TRouter}"/> with a hand-written router on a loopback port the system chooses.</summary>
internal static class TestServer
{
    public static HttpServer<TRouter> Start<TRouter>(CapturingLogger? logger = null, ServerLimits? limits = null)
        where TRouter : struct, IHttpRouter
    {
        var server = new HttpServer<TRouter>(Options(logger, limits));
        server.Start();
        return server;
    }

    /// <summary>Starts a server that answers with <paramref name="router"/>, an instance that holds state.</summary>
    public static HttpServer<TRouter> Start<TRouter>(TRouter router, CapturingLogger? logger = null, ServerLimits? limits = null)
        where TRouter : struct, IHttpRouter
    {
        var server = new HttpServer<TRouter>(Options(logger, limits), router);
        server.Start();
        return server;
    }

    private static ServerOptions Options(CapturingLogger? logger, ServerLimits? limits)
    {
        var options = new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0), Limits = limits ?? ServerLimits.Default };
        return logger is null ? options : options with { Logger = logger };
    }

    /// <summary>Polls <paramref name="condition"/> for up to ten seconds: for state the server changes after the client has its answer.</summary>
    public static async Task<bool> WaitUntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                return false;
            }

            await Task.Delay(10);
        }

        return true;
    }
}

using System;
using System.Net;
using MiniHttp.Generated;

namespace MiniHttp.Hooks.Tests;

/// <summary>A server on a loopback port the OS picks, whose router runs <see cref="Hooks"/> around every request.</summary>
public sealed class HookedServer : IDisposable
{
    public const string Token = "s3cret";
    public const string AllowedOrigin = "https://app.example";

    private readonly HttpServer<Router> _server;

    public HookedServer()
    {
        Hooks = new AppHooks(Token, AllowedOrigin);
        _server = new HttpServer<Router>(new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0), Logger = Log }, new Router(Hooks));
        _server.Start();
    }

    public AppHooks Hooks { get; }

    /// <summary>What the server logged at error level.</summary>
    public CapturingLogger Log { get; } = new();

    public IPEndPoint EndPoint => _server.LocalEndPoint;

    public RawConnection Connect() => new(EndPoint);

    public void Dispose() => _server.StopAsync().GetAwaiter().GetResult();
}

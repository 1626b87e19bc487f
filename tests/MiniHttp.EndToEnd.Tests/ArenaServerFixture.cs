using System;
using System.Net;
using System.Threading.Tasks;
using MiniHttp.Generated;

namespace MiniHttp.EndToEnd.Tests;

/// <summary>The Arena sample's routes served by a real server on a loopback port the OS picks.</summary>
public sealed class ArenaServerFixture : IAsyncLifetime
{
    internal HttpServer<Router> Server { get; } = new(new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) });

    public IPEndPoint EndPoint => Server.LocalEndPoint;

    public Uri BaseAddress => new($"http://{EndPoint}");

    public Task InitializeAsync()
    {
        Server.Start();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Server.StopAsync();
}

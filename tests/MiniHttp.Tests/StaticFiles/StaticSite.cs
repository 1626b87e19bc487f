using System;
using System.Net;
using System.Threading.Tasks;

namespace MiniHttp.Tests.StaticFiles;

/// <summary>A server on a loopback port serving a <see cref="StaticRoot"/> at <c>/static</c>, every other path echoed.</summary>
internal sealed class StaticSite : IAsyncDisposable
{
    private StaticSite(StaticRoot files, HttpServer<PathEchoRouter> server)
    {
        Files = files;
        Server = server;
    }

    public StaticRoot Files { get; }

    public HttpServer<PathEchoRouter> Server { get; }

    public IPEndPoint EndPoint => Server.LocalEndPoint;

    /// <param name="compressOnTheFly">The mapping's <see cref="StaticFileMapping.CompressOnTheFly"/>.</param>
    public static StaticSite Start(bool compressOnTheFly = false)
    {
        var files = new StaticRoot();
        var server = new HttpServer<PathEchoRouter>(new ServerOptions
        {
            EndPoint = new IPEndPoint(IPAddress.Loopback, 0),
            StaticFiles = [new StaticFileMapping("/static", files.Root) { CompressOnTheFly = compressOnTheFly }],
        });
        server.Start();
        return new StaticSite(files, server);
    }

    public Task<FileClient> ConnectAsync(int? receiveBufferSize = null) => FileClient.ConnectAsync(EndPoint, receiveBufferSize);

    public async ValueTask DisposeAsync()
    {
        await Server.StopAsync();
        Files.Dispose();
    }
}

using System;
using System.Net;
using System.Threading.Tasks;
using MiniHttp.Generated;

namespace MiniHttp.EndToEnd.Tests.Tls;

/// <summary>A graceful stop over TLS: the same as over plain TCP.</summary>
public sealed class TlsShutdownTests : IDisposable
{
    private readonly TestCertificates _certificates = new();

    [Fact]
    public async Task Stopping_closes_every_tls_connection_once_its_responses_are_sent()
    {
        await using var server = new HttpServer<Router>(
            new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0), Tls = new TlsOptions(_certificates.Server) },
            ArenaServerFixture.RouterWithoutDataset);
        server.Start();
        await using var idle = await TlsServerFixture.ConnectTlsAsync(server.LocalEndPoint, _certificates.Authority);
        await using var busy = await TlsServerFixture.ConnectTlsAsync(server.LocalEndPoint, _certificates.Authority);
        await busy.WriteAsync("GET /pipeline HTTP/1.1\r\nHost: localhost\r\n\r\n"u8.ToArray());
        var first = new byte[17];
        await busy.ReadExactlyAsync(first);

        await server.StopAsync(TlsServerFixture.Timeout);

        Assert.Equal("HTTP/1.1 200 OK\r\n"u8.ToArray(), first);
        Assert.Equal(string.Empty, await TlsServerFixture.ReadToEndAsync(idle));
        Assert.EndsWith("\r\n\r\nok", await TlsServerFixture.ReadToEndAsync(busy), StringComparison.Ordinal);
        Assert.Equal(0, server.ConnectionCount);
    }

    public void Dispose() => _certificates.Dispose();
}

using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MiniHttp.EndToEnd.Tests.Properties;
using MiniHttp.Generated;

namespace MiniHttp.EndToEnd.Tests.Tls;

/// <summary>
/// The Arena's routes served over TLS on a loopback port the OS picks, from the PEM files of <see cref="TestCertificates"/>,
/// beside a plain server over the same router, as the sample runs them.
/// </summary>
public sealed class TlsServerFixture : IAsyncLifetime
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public TlsServerFixture()
    {
        var router = ArenaServerFixture.RouterWithoutDataset;
        TlsServer = new HttpServer<Router>(
            new ServerOptions
            {
                EndPoint = new IPEndPoint(IPAddress.Loopback, 0),
                Tls = TlsOptions.FromPemFiles(Certificates.CertificatePemPath, Certificates.KeyPemPath),
                Limits = ServerLimits.Default with { TlsHandshakeTimeout = TimeSpan.FromSeconds(1) },
                Logger = Errors,
            },
            router);
        PlainServer = new HttpServer<Router>(new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) }, router);
    }

    public TestCertificates Certificates { get; } = new();

    /// <summary>What the TLS server logs as an error: a failed handshake must not be one.</summary>
    internal ErrorCountingLogger Errors { get; } = new();

    internal HttpServer<Router> TlsServer { get; }

    internal HttpServer<Router> PlainServer { get; }

    public Uri BaseAddress => new($"https://{TlsServer.LocalEndPoint}");

    /// <summary>A client that trusts the test authority only.</summary>
    public HttpClient CreateHttpClient() => new(new SocketsHttpHandler
    {
        SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = TestCertificates.TrustOnly(Certificates.Authority) },
    })
    {
        BaseAddress = BaseAddress,
        Timeout = Timeout,
    };

    /// <summary>A TLS connection to the server, handshake done, offering only <paramref name="protocols"/>.</summary>
    public Task<SslStream> ConnectTlsAsync(SslProtocols protocols = SslProtocols.Tls12 | SslProtocols.Tls13) =>
        ConnectTlsAsync(TlsServer.LocalEndPoint, Certificates.Authority, protocols);

    /// <summary>A TLS connection to <paramref name="endPoint"/> as <c>localhost</c>, trusting <paramref name="root"/> only.</summary>
    public static async Task<SslStream> ConnectTlsAsync(IPEndPoint endPoint, X509Certificate2 root, SslProtocols protocols = SslProtocols.Tls12 | SslProtocols.Tls13)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = new CancellationTokenSource(Timeout);
        await socket.ConnectAsync(endPoint, timeout.Token);
        var stream = new SslStream(new NetworkStream(socket, ownsSocket: true));
        await stream.AuthenticateAsClientAsync(
            new SslClientAuthenticationOptions
            {
                TargetHost = "localhost",
                EnabledSslProtocols = protocols,
                ApplicationProtocols = [SslApplicationProtocol.Http11, SslApplicationProtocol.Http2],
                RemoteCertificateValidationCallback = TestCertificates.TrustOnly(root),
            },
            timeout.Token);
        return stream;
    }

    /// <summary>Reads until the server closes the stream, bounded in time.</summary>
    public static async Task<string> ReadToEndAsync(Stream stream)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var received = new StringBuilder();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
        {
            received.Append(Encoding.Latin1.GetString(buffer, 0, read));
        }

        return received.ToString();
    }

    public Task InitializeAsync()
    {
        TlsServer.Start();
        PlainServer.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await TlsServer.StopAsync();
        await PlainServer.StopAsync();
        Certificates.Dispose();
    }
}

using System;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MiniHttp.Tests.Conformance;
using MiniHttp.Tests.Server;

namespace MiniHttp.Tests.Forwarding;

/// <summary>Forwarded headers over a real loopback connection: trusted or not by the peer's address, request by request.</summary>
public sealed class ForwardedServerTests
{
    private const string Spoofed = "GET / HTTP/1.1\r\nHost: a\r\nX-Forwarded-For: 203.0.113.7\r\nX-Forwarded-Proto: https\r\n\r\n";
    private const string Plain = "GET / HTTP/1.1\r\nHost: a\r\n\r\n";

    [Fact]
    public async Task Without_the_option_the_peer_is_the_client()
    {
        Assert.Equal(Wire.Ok("127.0.0.1 http 127.0.0.1"), await ExchangeAsync(forwardedHeaders: null, Spoofed));
    }

    [Fact]
    public async Task A_peer_outside_the_trusted_networks_is_the_client()
    {
        var options = new ForwardedHeadersOptions { TrustedProxies = [IPNetwork.Parse("10.0.0.0/8")] };

        Assert.Equal(Wire.Ok("127.0.0.1 http 127.0.0.1"), await ExchangeAsync(options, Spoofed));
    }

    [Fact]
    public async Task A_trusted_peer_names_the_client_of_each_request_on_its_connection()
    {
        var options = new ForwardedHeadersOptions { TrustedProxies = [new IPNetwork(IPAddress.Loopback, 32)] };

        Assert.Equal(
            Wire.Ok("203.0.113.7 https 127.0.0.1") + Wire.Ok("127.0.0.1 http 127.0.0.1") + Wire.Ok("203.0.113.7 https 127.0.0.1"),
            await ExchangeAsync(options, Spoofed + Plain + Spoofed, responses: 3));
    }

    [Fact]
    public async Task A_trusted_peer_may_use_the_forwarded_header()
    {
        var options = new ForwardedHeadersOptions { TrustedProxies = [IPNetwork.Parse("127.0.0.0/8")], Format = ForwardedHeaderFormat.Forwarded };
        const string Request = "GET / HTTP/1.1\r\nHost: a\r\nForwarded: for=\"[2001:db8::7]:4711\";proto=https\r\nX-Forwarded-For: 203.0.113.7\r\n\r\n";

        Assert.Equal(Wire.Ok("2001:db8::7 https 127.0.0.1"), await ExchangeAsync(options, Request));
    }

    [Theory]
    [InlineData("", "127.0.0.1 https 127.0.0.1")]
    [InlineData("X-Forwarded-Proto: http\r\n", "127.0.0.1 http 127.0.0.1")]
    public async Task A_tls_connection_is_https_unless_a_trusted_proxy_says_otherwise(string headers, string expected)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var certificate = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256).CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var options = new ServerOptions
        {
            EndPoint = new IPEndPoint(IPAddress.Loopback, 0),
            Tls = new TlsOptions(certificate),
            ForwardedHeaders = new ForwardedHeadersOptions { TrustedProxies = [new IPNetwork(IPAddress.Loopback, 32)] },
        };
        await using var server = new HttpServer<ClientRouter>(options);
        server.Start();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(server.LocalEndPoint, timeout.Token);
        var thumbprint = certificate.GetCertHashString();
        await using var tls = new SslStream(new NetworkStream(socket), leaveInnerStreamOpen: false, (_, presented, _, _) => presented?.GetCertHashString() == thumbprint);
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = "localhost" }, timeout.Token);

        await tls.WriteAsync(Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n{headers}\r\n"), timeout.Token);
        using var received = new MemoryStream();
        await tls.CopyToAsync(received, timeout.Token);

        Assert.Equal(expected, Assert.Single(WireResponse.ParseAll(Encoding.ASCII.GetString(received.ToArray()))).Body);
    }

    private static async Task<string> ExchangeAsync(ForwardedHeadersOptions? forwardedHeaders, string requests, int responses = 1)
    {
        await using var server = new HttpServer<ClientRouter>(new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0), ForwardedHeaders = forwardedHeaders });
        server.Start();
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);
        await client.SendAsync(requests);
        return Wire.MaskDate(await client.ReceiveResponsesAsync(responses));
    }
}

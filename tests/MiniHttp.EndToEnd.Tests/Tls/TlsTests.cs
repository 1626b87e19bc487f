using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace MiniHttp.EndToEnd.Tests.Tls;

/// <summary>The Arena's routes over TLS, as HttpClient, curl and a raw TLS client see them, and what a TLS port does with a client that does not speak TLS.</summary>
public sealed class TlsTests(TlsServerFixture fixture) : IClassFixture<TlsServerFixture>
{
    [Fact]
    public async Task Get_over_tls_answers_the_sum()
    {
        using var client = fixture.CreateHttpClient();

        using var response = await client.GetAsync("/baseline11?a=13&b=42");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version11, response.Version);
        Assert.Equal("55", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_over_tls_adds_the_body()
    {
        using var client = fixture.CreateHttpClient();

        using var response = await client.PostAsync("/baseline11?a=13&b=42", new StringContent("20", Encoding.ASCII));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("75", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_client_trusting_another_authority_refuses_the_server()
    {
        using var otherAuthority = TestCertificates.CreateAuthority("CN=Another CA");
        using var client = new HttpClient(new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = TestCertificates.TrustOnly(otherAuthority) },
        })
        { Timeout = TlsServerFixture.Timeout };

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(fixture.BaseAddress, "/pipeline")));

        Assert.IsType<AuthenticationException>(failure.InnerException);
    }

    [Theory]
    [InlineData(SslProtocols.Tls12)]
    [InlineData(SslProtocols.Tls13)]
    public async Task Tls_1_2_and_1_3_are_negotiated_with_http_1_1_by_alpn(SslProtocols protocol)
    {
        await using var stream = await fixture.ConnectTlsAsync(protocol);

        await stream.WriteAsync("GET /pipeline HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"u8.ToArray());
        var received = await TlsServerFixture.ReadToEndAsync(stream);

        Assert.Equal(protocol, stream.SslProtocol);
        Assert.Equal(SslApplicationProtocol.Http11, stream.NegotiatedApplicationProtocol);
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", received, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\nok", received, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sixteen_pipelined_requests_in_one_write_are_answered_in_order()
    {
        await using var stream = await fixture.ConnectTlsAsync();
        var batch = string.Concat(Enumerable.Range(1, 16).Select(static i => Invariant(
            $"GET /baseline11?a={i}&b=100 HTTP/1.1\r\nHost: localhost\r\n{(i == 16 ? "Connection: close\r\n" : string.Empty)}\r\n")));

        await stream.WriteAsync(Encoding.ASCII.GetBytes(batch));
        var received = await TlsServerFixture.ReadToEndAsync(stream);

        var responses = received.Split("HTTP/1.1 ", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(16, responses.Length);
        Assert.All(responses, static response => Assert.StartsWith("200 OK\r\n", response, StringComparison.Ordinal));
        Assert.Equal(
            Enumerable.Range(101, 16).Select(static sum => sum.ToString(CultureInfo.InvariantCulture)),
            responses.Select(static response => response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]));
    }

    [Fact]
    public async Task Curl_trusting_the_authority_gets_the_sum()
    {
        var start = new ProcessStartInfo("curl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--silent", "--show-error", "--http1.1", "--max-time", "10", "--cacert", fixture.Certificates.AuthorityPemPath, $"https://{fixture.TlsServer.LocalEndPoint}/baseline11?a=1&b=2" })
        {
            start.ArgumentList.Add(argument);
        }

        // Process.Start throws when curl is not installed: the test fails then, it is never skipped.
        using var curl = Process.Start(start)!;
        var output = curl.StandardOutput.ReadToEndAsync();
        var errors = curl.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TlsServerFixture.Timeout);
        await curl.WaitForExitAsync(timeout.Token);

        Assert.Equal(string.Empty, await errors);
        Assert.Equal(0, curl.ExitCode);
        Assert.Equal("3", await output);
    }

    [Fact]
    public async Task Plain_http_to_the_tls_port_is_closed_while_a_tls_connection_goes_on()
    {
        await using var tls = await fixture.ConnectTlsAsync();
        using var plain = await ConnectAsync(fixture.TlsServer.LocalEndPoint);

        await plain.SendAsync("GET /pipeline HTTP/1.1\r\nHost: localhost\r\n\r\n"u8.ToArray());
        var answer = await ReadToEndAsync(plain);
        await tls.WriteAsync("GET /baseline11?a=2&b=3 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"u8.ToArray());
        var received = await TlsServerFixture.ReadToEndAsync(tls);

        Assert.Equal(string.Empty, answer);
        Assert.Empty(fixture.Errors.Errors);
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", received, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n5", received, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_never_finishes_its_handshake_is_closed_after_the_handshake_timeout()
    {
        using var silent = await ConnectAsync(fixture.TlsServer.LocalEndPoint);

        Assert.Equal(string.Empty, await ReadToEndAsync(silent));
        Assert.Empty(fixture.Errors.Errors);
    }

    [Fact]
    public async Task A_tls_client_hello_to_the_plain_port_is_answered_400_and_closed_while_others_go_on()
    {
        var clientHello = await CaptureClientHelloAsync();
        using var tlsClient = await ConnectAsync(fixture.PlainServer.LocalEndPoint);
        using var plainClient = await ConnectAsync(fixture.PlainServer.LocalEndPoint);

        await tlsClient.SendAsync(clientHello);
        var answer = await ReadToEndAsync(tlsClient);
        await plainClient.SendAsync("GET /pipeline HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"u8.ToArray());
        var received = await ReadToEndAsync(plainClient);

        Assert.Equal(0x16, clientHello[0]);
        Assert.StartsWith("HTTP/1.1 400 Bad Request\r\n", answer, StringComparison.Ordinal);
        Assert.Contains("\r\nConnection: close\r\n", answer, StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", received, StringComparison.Ordinal);
    }

    /// <summary>The first flight of a real TLS client: its ClientHello, taken by a listener that answers nothing.</summary>
    private static async Task<byte[]> CaptureClientHelloAsync()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        using var timeout = new CancellationTokenSource(TlsServerFixture.Timeout);
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(listener.LocalEndPoint!, timeout.Token);
        using var accepted = await listener.AcceptAsync(timeout.Token);
        await using var tls = new SslStream(new NetworkStream(client));
        using var handshakeAbandoned = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        var handshake = tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = "localhost" }, handshakeAbandoned.Token);

        var buffer = new byte[16 * 1024];
        var read = await accepted.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
        await handshakeAbandoned.CancelAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => handshake);
        return buffer[..read];
    }

    private static async Task<Socket> ConnectAsync(IPEndPoint endPoint)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = new CancellationTokenSource(TlsServerFixture.Timeout);
        await socket.ConnectAsync(endPoint, timeout.Token);
        return socket;
    }

    /// <summary>Reads until the server closes, bounded in time; a reset after what arrived ends it too.</summary>
    private static async Task<string> ReadToEndAsync(Socket socket)
    {
        using var timeout = new CancellationTokenSource(TlsServerFixture.Timeout);
        var received = new StringBuilder();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token)) > 0)
            {
                received.Append(Encoding.Latin1.GetString(buffer, 0, read));
            }
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.ConnectionReset)
        {
        }

        return received.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

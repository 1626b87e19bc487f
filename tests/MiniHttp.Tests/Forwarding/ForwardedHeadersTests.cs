using System;
using System.Linq;
using System.Net;
using System.Text;

namespace MiniHttp.Tests.Forwarding;

/// <summary>
/// The client and scheme a request resolves to from its forwarded headers and its connection: the trust rule, both
/// header formats and their grammar, and what a malformed header falls back to.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string Proxy = "10.0.0.2";

    [Theory]
    [InlineData("", "10.0.0.2 http")]
    [InlineData("X-Forwarded-For: 203.0.113.7\r\n", "203.0.113.7 http")]
    [InlineData("x-forwarded-for: 203.0.113.7\r\nx-forwarded-proto: HTTPS\r\n", "203.0.113.7 https")]
    [InlineData("X-Forwarded-For: 203.0.113.7, 10.0.0.5\r\n", "203.0.113.7 http")]
    [InlineData("X-Forwarded-For: 203.0.113.7,10.0.0.5,10.0.0.6\r\n", "203.0.113.7 http")]
    // What a client wrote left of the first untrusted hop is never believed.
    [InlineData("X-Forwarded-For: 6.6.6.6, 203.0.113.7, 10.0.0.5\r\n", "203.0.113.7 http")]
    [InlineData("X-Forwarded-For: 6.6.6.6\r\nX-Forwarded-For: 203.0.113.7\r\n", "203.0.113.7 http")]
    [InlineData("X-Forwarded-For: 203.0.113.7\r\nX-Forwarded-For: 10.0.0.5\r\n", "203.0.113.7 http")]
    [InlineData("X-Forwarded-For: , 203.0.113.7,,\r\n", "203.0.113.7 http")]
    [InlineData("X-Forwarded-For: 203.0.113.7:8080\r\n", "203.0.113.7 http")]
    [InlineData("X-Forwarded-For: 2001:db8::1\r\n", "2001:db8::1 http")]
    [InlineData("X-Forwarded-For: [2001:db8::1]\r\n", "2001:db8::1 http")]
    [InlineData("X-Forwarded-For: [2001:db8::1]:4711\r\n", "2001:db8::1 http")]
    [InlineData("X-Forwarded-For: ::ffff:203.0.113.7\r\n", "203.0.113.7 http")]
    [InlineData("X-Forwarded-Proto: https\r\n", "10.0.0.2 https")]
    // Paired from the right: each proxy's scheme goes with the address it appended.
    [InlineData("X-Forwarded-For: 203.0.113.7, 10.0.0.5\r\nX-Forwarded-Proto: https, http\r\n", "203.0.113.7 https")]
    [InlineData("X-Forwarded-For: 203.0.113.7, 198.51.100.1\r\nX-Forwarded-Proto: https, http\r\n", "198.51.100.1 http")]
    // A proxy that overwrites the scheme (nginx's $scheme) leaves one entry: the nearest proxy's.
    [InlineData("X-Forwarded-For: 6.6.6.6, 203.0.113.7\r\nX-Forwarded-Proto: https\r\n", "203.0.113.7 https")]
    public void X_forwarded_headers_from_a_trusted_proxy_name_the_client(string headers, string expected) =>
        Assert.Equal(expected, Resolve(headers));

    [Theory]
    [InlineData("X-Forwarded-For: 203.0.113.7, garbage\r\n")]
    [InlineData("X-Forwarded-For: 203.0.113.7\r\nX-Forwarded-For: unknown\r\n")]
    [InlineData("X-Forwarded-For: 127.1\r\n")]
    [InlineData("X-Forwarded-For: 0x7f.0.0.1\r\n")]
    [InlineData("X-Forwarded-For: 203.0.113.256\r\n")]
    [InlineData("X-Forwarded-For: 203.0.113.07\r\n")]
    [InlineData("X-Forwarded-For: 203.0.113.7.1\r\n")]
    [InlineData("X-Forwarded-For: 203.0.113.7:\r\n")]
    [InlineData("X-Forwarded-For: 203.0.113.7:123456\r\n")]
    [InlineData("X-Forwarded-For: 203.0.113.7 10.0.0.5\r\n")]
    [InlineData("X-Forwarded-For: fe80::1%eth0\r\n")]
    [InlineData("X-Forwarded-For: [2001:db8::1\r\n")]
    [InlineData("X-Forwarded-For: [2001:db8::1]x\r\n")]
    [InlineData("X-Forwarded-For: 203.0.113.7\r\nX-Forwarded-Proto: ftp\r\n")]
    [InlineData("X-Forwarded-For: 203.0.113.7\r\nX-Forwarded-Proto: https, \"http\"\r\n")]
    public void A_malformed_x_forwarded_header_is_ignored_whole(string headers) =>
        Assert.Equal("10.0.0.2 http", Resolve(headers));

    [Theory]
    [InlineData("Forwarded: for=192.0.2.60;proto=https;by=203.0.113.43\r\n", "192.0.2.60 https")]
    [InlineData("Forwarded: For=\"192.0.2.43:47011\"\r\n", "192.0.2.43 http")]
    [InlineData("Forwarded: for=\"[2001:db8:cafe::17]:4711\"\r\n", "2001:db8:cafe::17 http")]
    [InlineData("Forwarded: for=\"[2001:db8:cafe::17]\";proto=https\r\n", "2001:db8:cafe::17 https")]
    [InlineData("Forwarded: for=\"[2001:db8:cafe::17]:_port\"\r\n", "2001:db8:cafe::17 http")]
    [InlineData("Forwarded: for=192.0.2.43, for=10.0.0.5\r\n", "192.0.2.43 http")]
    [InlineData("Forwarded: for=192.0.2.43, for=198.51.100.17\r\n", "198.51.100.17 http")]
    [InlineData("Forwarded: for=6.6.6.6\r\nForwarded: for=192.0.2.43;proto=https\r\n", "192.0.2.43 https")]
    [InlineData("Forwarded: for=192.0.2.43\r\nForwarded: for=10.0.0.5;proto=https\r\n", "192.0.2.43 https")]
    [InlineData("Forwarded: for=192.0.2.60 ; proto=https ;\r\n", "192.0.2.60 https")]
    [InlineData("Forwarded: , for=192.0.2.60,,\r\n", "192.0.2.60 http")]
    [InlineData("Forwarded: for=192.0.2.60;host=\"a.example, b\";ext=\"x\\\"y\"\r\n", "192.0.2.60 http")]
    // A hop that hides its client stops the walk at the last address known: here the peer, there a trusted proxy.
    [InlineData("Forwarded: for=unknown;proto=https\r\n", "10.0.0.2 https")]
    [InlineData("Forwarded: for=192.0.2.43, for=UNKNOWN\r\n", "10.0.0.2 http")]
    [InlineData("Forwarded: for=_hidden, for=10.0.0.5\r\n", "10.0.0.5 http")]
    [InlineData("Forwarded: for=\"_gazonk:_Port-1\", for=10.0.0.5\r\n", "10.0.0.5 http")]
    [InlineData("Forwarded: proto=https\r\n", "10.0.0.2 https")]
    public void The_forwarded_header_from_a_trusted_proxy_names_the_client(string headers, string expected) =>
        Assert.Equal(expected, Resolve(headers, format: ForwardedHeaderFormat.Forwarded));

    [Theory]
    [InlineData("Forwarded: for=2001:db8::1\r\n")]
    [InlineData("Forwarded: for=\"2001:db8::1\"\r\n")]
    [InlineData("Forwarded: for=\"[2001:db8::1\"\r\n")]
    [InlineData("Forwarded: for=[2001:db8::1]\r\n")]
    [InlineData("Forwarded: for=192.0.2.43;for=192.0.2.44\r\n")]
    [InlineData("Forwarded: for=192.0.2.43;proto=http;proto=https\r\n")]
    [InlineData("Forwarded: for=192.0.2.43;by=a;by=b\r\n")]
    [InlineData("Forwarded: for\r\n")]
    [InlineData("Forwarded: for=\r\n")]
    [InlineData("Forwarded: =192.0.2.43\r\n")]
    [InlineData("Forwarded: for=192.0.2.43 x\r\n")]
    [InlineData("Forwarded: for=\"192.0.2.43\r\n")]
    [InlineData("Forwarded: for=\"\\192.0.2.43\"\r\n")]
    [InlineData("Forwarded: for=_\r\n")]
    [InlineData("Forwarded: for=192.0.2.43:\r\n")]
    [InlineData("Forwarded: for=192.0.2.43;proto=ftp\r\n")]
    [InlineData("Forwarded: for=192.0.2.60\r\nForwarded: for=\"192.0.2.61\r\n")]
    public void A_malformed_forwarded_header_is_ignored_whole(string headers) =>
        Assert.Equal("10.0.0.2 http", Resolve(headers, format: ForwardedHeaderFormat.Forwarded));

    [Theory]
    [InlineData(ForwardedHeaderFormat.XForwarded, "203.0.113.7 http")]
    [InlineData(ForwardedHeaderFormat.Forwarded, "192.0.2.60 https")]
    public void Only_the_configured_format_is_read_when_both_are_present(ForwardedHeaderFormat format, string expected) =>
        Assert.Equal(expected, Resolve("Forwarded: for=192.0.2.60;proto=https\r\nX-Forwarded-For: 203.0.113.7\r\n", format: format));

    [Theory]
    [InlineData("192.0.2.9")]
    [InlineData("10.0.1.2")]
    [InlineData("2001:db8:1::2")]
    public void Headers_from_an_untrusted_peer_are_ignored(string peer) =>
        Assert.Equal($"{peer} http", Resolve("X-Forwarded-For: 203.0.113.7\r\nX-Forwarded-Proto: https\r\n", peer));

    [Fact]
    public void A_connection_without_trusted_proxies_never_reads_forwarded_headers()
    {
        var connection = new ConnectionContext(new IPEndPoint(IPAddress.Parse(Proxy), 40000));

        Assert.Equal(new ForwardedClient(IPAddress.Parse(Proxy), false), ForwardedHeaders.Resolve("X-Forwarded-For: 203.0.113.7\r\n"u8, connection));
    }

    [Fact]
    public void An_empty_trust_list_trusts_no_one() =>
        Assert.Equal("10.0.0.2 http", Resolve("X-Forwarded-For: 203.0.113.7\r\n", trusted: []));

    [Fact]
    public void A_tls_connection_is_https_unless_a_trusted_proxy_says_otherwise()
    {
        Assert.Equal("192.0.2.9 https", Resolve("X-Forwarded-Proto: http\r\n", "192.0.2.9", isHttps: true));
        Assert.Equal("10.0.0.2 https", Resolve("", isHttps: true));
        Assert.Equal("10.0.0.2 http", Resolve("X-Forwarded-Proto: http\r\n", isHttps: true));
    }

    [Theory]
    [InlineData("::ffff:10.0.0.2", "10.0.0.0/24", "203.0.113.7 http")]
    [InlineData("2001:db8::10", "2001:db8::/64", "203.0.113.7 http")]
    [InlineData("2001:db8::10", "2001:db8::10/128", "203.0.113.7 http")]
    [InlineData("2001:db8:1::10", "2001:db8::/64", "2001:db8:1::10 http")]
    public void Proxies_are_trusted_by_network(string peer, string trusted, string expected) =>
        Assert.Equal(expected, Resolve("X-Forwarded-For: 203.0.113.7\r\n", peer, trusted: [trusted]));

    [Fact]
    public void A_request_outside_a_server_has_no_client_and_is_http()
    {
        var request = new HttpRequest(RequestMethod.Get, "GET"u8, "/"u8, default, ProtocolVersion.Http11, "X-Forwarded-Proto: https\r\n"u8, default, keepAlive: true);

        Assert.Null(request.ClientAddress);
        Assert.False(request.IsHttps);
        Assert.Equal("http", request.Scheme);
    }

    [Fact]
    public void Asking_allocates_nothing_without_trusted_proxies_or_from_an_untrusted_peer()
    {
        var headers = "X-Forwarded-For: 203.0.113.7\r\n"u8.ToArray();
        var untrusted = new ForwardedHeadersOptions { TrustedProxies = [IPNetwork.Parse("10.0.0.0/24")] };
        ConnectionContext[] connections =
        [
            new(new IPEndPoint(IPAddress.Parse("192.0.2.9"), 40000)),
            new(new IPEndPoint(IPAddress.Parse("192.0.2.9"), 40000), isHttps: true, untrusted),
        ];
        var https = Ask(headers, connections, 10);

        var before = GC.GetAllocatedBytesForCurrentThread();
        https += Ask(headers, connections, 1000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(1010, https);
        Assert.Equal(0, allocated);
    }

    private static int Ask(byte[] headers, ConnectionContext[] connections, int count)
    {
        var https = 0;
        for (var i = 0; i < count; i++)
        {
            foreach (var connection in connections)
            {
                var client = ForwardedHeaders.Resolve(headers, connection);
                https += client.IsHttps && client.Address is not null ? 1 : 0;
            }
        }

        return https;
    }

    private static string Resolve(
        string headers,
        string peer = Proxy,
        bool isHttps = false,
        ForwardedHeaderFormat format = ForwardedHeaderFormat.XForwarded,
        string[]? trusted = null)
    {
        var options = new ForwardedHeadersOptions
        {
            TrustedProxies = (trusted ?? ["10.0.0.0/24", "2001:db8::/64"]).Select(network => IPNetwork.Parse(network)).ToArray(),
            Format = format,
        };
        var connection = new ConnectionContext(new IPEndPoint(IPAddress.Parse(peer), 40000), isHttps, options);
        var client = ForwardedHeaders.Resolve(Encoding.Latin1.GetBytes(headers), connection);
        return $"{client.Address} {(client.IsHttps ? "https" : "http")}";
    }
}

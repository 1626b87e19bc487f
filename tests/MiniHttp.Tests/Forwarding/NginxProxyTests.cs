using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using MiniHttp.Tests.Server;

namespace MiniHttp.Tests.Forwarding;

/// <summary>
/// MiniHttp behind a real nginx. Needs the <c>nginx</c> binary, and fails without it: excluded from the default test run,
/// run by <c>tests/nginx.sh</c> (<c>dotnet test --filter Category=Nginx</c>).
/// </summary>
[Trait("Category", "Nginx")]
public sealed class NginxProxyTests
{
    private const string ClientAndProxy = "127.0.0.1 http 127.0.0.2";

    [Theory]
    [InlineData("/")]
    [InlineData("/rfc/")]
    public async Task The_handler_sees_the_client_behind_nginx_and_the_proxy_as_peer(string path)
    {
        await using var proxy = await NginxProxy.StartAsync();
        using var client = Client();

        var answer = await client.GetStringAsync(new Uri($"http://{proxy.EndPoint}{path}"));

        Assert.Equal(ClientAndProxy, WithoutPort(answer));
    }

    [Theory]
    [InlineData("/", "X-Forwarded-For", "6.6.6.6")]
    [InlineData("/", "X-Forwarded-Proto", "https")]
    [InlineData("/", "Forwarded", "for=6.6.6.6;proto=https")]
    [InlineData("/rfc/", "Forwarded", "for=6.6.6.6;proto=https")]
    [InlineData("/rfc/", "X-Forwarded-For", "6.6.6.6")]
    public async Task A_client_cannot_spoof_its_address_or_scheme_through_nginx(string path, string header, string value)
    {
        await using var proxy = await NginxProxy.StartAsync();
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://{proxy.EndPoint}{path}"));
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await client.SendAsync(request);

        Assert.Equal(ClientAndProxy, WithoutPort(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Sequential_requests_reuse_one_upstream_connection()
    {
        await using var proxy = await NginxProxy.StartAsync();
        using var client = Client();

        var answers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await client.GetStringAsync(new Uri($"http://{proxy.EndPoint}/")));
        }

        Assert.All(answers, answer => Assert.Equal(ClientAndProxy, WithoutPort(answer)));
        Assert.Single(answers.Distinct());
    }

    [Fact]
    public async Task Pipelined_requests_are_answered_in_order_through_nginx()
    {
        await using var proxy = await NginxProxy.StartAsync();
        await using var client = await TestClient.ConnectAsync(proxy.EndPoint);

        await client.SendAsync(
            "GET / HTTP/1.1\r\nHost: a\r\n\r\n" +
            "GET /rfc/ HTTP/1.1\r\nHost: a\r\nForwarded: for=6.6.6.6\r\n\r\n" +
            "GET / HTTP/1.1\r\nHost: a\r\nX-Forwarded-For: 6.6.6.6\r\n\r\n");
        var responses = TestClient.Parse(await client.ReceiveResponsesAsync(3));

        Assert.Equal([200, 200, 200], responses.Select(response => response.Status));
        Assert.All(responses, response => Assert.Equal(ClientAndProxy, WithoutPort(response.Body)));
    }

    private static HttpClient Client() =>
        new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };

    // "127.0.0.1 http 127.0.0.2:41234" without the port nginx's upstream connection happens to use.
    private static string WithoutPort(string answer) => answer[..answer.LastIndexOf(':')];
}

using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using MiniHttp.Tests.Server;

namespace MiniHttp.Tests.Http;

/// <summary>What a handler can read about a request besides its line and body: header fields one by one, cookies, the client's address.</summary>
public sealed class RequestInfoTests
{
    private const string Headers = "Host: a\r\nAccept:  */* \r\nCookie: session=abc123; theme=\"dark\"; empty=\r\nX-Empty:\r\ncookie: late=1; session=second\r\n";

    private readonly struct EndPointRouter : IHttpRouter
    {
        public void Dispatch(scoped in HttpRequest request, HttpResponse response) =>
            response.WritePlainText(request.RemoteEndPoint?.ToString() ?? "none");
    }

    [Fact]
    public void Header_fields_are_enumerated_in_order_with_values_trimmed()
    {
        var fields = new List<string>();
        foreach (var field in Request(Headers).HeaderFields)
        {
            fields.Add($"{Encoding.ASCII.GetString(field.Name)}={Encoding.ASCII.GetString(field.Value)}|");
        }

        Assert.Equal(["Host=a|", "Accept=*/*|", "Cookie=session=abc123; theme=\"dark\"; empty=|", "X-Empty=|", "cookie=late=1; session=second|"], fields);
    }

    [Fact]
    public void A_request_without_headers_enumerates_nothing()
    {
        var count = 0;
        foreach (var field in Request("").HeaderFields)
        {
            count++;
        }

        Assert.Equal(0, count);
    }

    [Theory]
    [InlineData("session", "abc123")]
    [InlineData("theme", "dark")]
    [InlineData("empty", "")]
    [InlineData("late", "1")]
    public void A_cookie_is_found_by_its_exact_name(string name, string expected)
    {
        Assert.True(Request(Headers).TryGetCookie(Encoding.ASCII.GetBytes(name), out var value));
        Assert.Equal(expected, Encoding.ASCII.GetString(value));
    }

    [Theory]
    [InlineData("Session")]
    [InlineData("sess")]
    [InlineData("abc123")]
    [InlineData("missing")]
    public void A_cookie_that_is_not_there_is_not_found(string name)
    {
        Assert.False(Request(Headers).TryGetCookie(Encoding.ASCII.GetBytes(name), out var value));
        Assert.True(value.IsEmpty);
    }

    [Fact]
    public void Enumerating_headers_and_finding_cookies_allocates_nothing()
    {
        var headers = Encoding.ASCII.GetBytes(Headers);
        var found = Lookups(headers, 10);

        var before = GC.GetAllocatedBytesForCurrentThread();
        found += Lookups(headers, 1000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(1010 * 6, found);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public async Task The_remote_end_point_is_the_clients_address()
    {
        await using var server = TestServer.Start<EndPointRouter>();
        await using var client = await TestClient.ConnectAsync(server.LocalEndPoint);

        await client.SendAsync("GET / HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n");

        var expected = client.LocalEndPoint.ToString();
        Assert.Equal(Wire.Ok(expected) + Wire.Ok(expected), Wire.MaskDate(await client.ReceiveResponsesAsync(2)));
        Assert.Equal(IPAddress.Loopback, client.LocalEndPoint.Address);
    }

    private static int Lookups(byte[] headers, int count)
    {
        var found = 0;
        for (var i = 0; i < count; i++)
        {
            var request = new HttpRequest(RequestMethod.Get, "GET"u8, "/"u8, default, ProtocolVersion.Http11, headers, default, keepAlive: true);
            foreach (var field in request.HeaderFields)
            {
                found += field.Name.IsEmpty ? 0 : 1;
            }

            found += request.TryGetCookie("theme"u8, out _) ? 1 : 0;
        }

        return found;
    }

    private static HttpRequest Request(string headers) =>
        new(RequestMethod.Get, "GET"u8, "/"u8, default, ProtocolVersion.Http11, Encoding.ASCII.GetBytes(headers), default, keepAlive: true);
}

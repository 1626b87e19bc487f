using System.Text;
using MiniHttp.Generated;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.BufferedBody;

/// <summary>
/// The generated router gives the server each route's own buffered body limit, matched as <c>Dispatch</c> matches, and
/// the server holds bodies to it: larger or smaller than its own, over a real connection.
/// </summary>
public sealed class BufferedBodyDispatchTests
{
    private const int ServerLimit = 1024 * 1024;

    [Theory]
    [InlineData(RequestMethod.Post, "/buffered/large", BufferedBodyRoutes.Large)]
    [InlineData(RequestMethod.Post, "/buffered/small", BufferedBodyRoutes.Small)]
    [InlineData(RequestMethod.Put, "/buffered/small", ServerLimit)]
    [InlineData(RequestMethod.Post, "/buffered/named", BufferedBodyRoutes.Small)]
    [InlineData(RequestMethod.Put, "/buffered/named", ServerLimit)]
    [InlineData(RequestMethod.Post, "/buffered/a/b", ServerLimit)]
    [InlineData(RequestMethod.Post, "/baseline11", ServerLimit)]
    [InlineData(RequestMethod.Post, "/nowhere", ServerLimit)]
    public void Each_route_has_its_own_limit_and_every_other_the_servers(RequestMethod method, string path, int limit) =>
        Assert.Equal(limit, Router.MaxBufferedRequestBodySize(method, Encoding.ASCII.GetBytes(path), ServerLimit));

    [Fact]
    public void A_route_with_a_larger_limit_takes_a_body_the_server_alone_would_refuse()
    {
        var body = new byte[BufferedBodyRoutes.Large];

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", Loopback.Exchange("POST", "/buffered/large", string.Empty, body), System.StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 413 Content Too Large\r\n", Loopback.Exchange("POST", "/baseline11", string.Empty, new byte[ServerLimit + 1]), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/buffered/small")]
    [InlineData("/buffered/named")]
    public void A_route_with_a_smaller_limit_refuses_one_byte_more(string path)
    {
        Assert.EndsWith("16", Loopback.Exchange("POST", path, string.Empty, new byte[BufferedBodyRoutes.Small]), System.StringComparison.Ordinal);

        var refused = Loopback.Exchange("POST", path, string.Empty, new byte[BufferedBodyRoutes.Small + 1]);
        Assert.StartsWith("HTTP/1.1 413 Content Too Large\r\n", refused, System.StringComparison.Ordinal);
        Assert.Contains("\r\nConnection: close\r\n", refused, System.StringComparison.Ordinal);
    }
}

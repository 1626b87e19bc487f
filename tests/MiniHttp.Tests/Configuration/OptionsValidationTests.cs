using System;
using System.Net;

namespace MiniHttp.Tests.Configuration;

/// <summary>
/// Every limit and option is checked where it is set, so a server is never started with a value that would make it
/// refuse everything or nothing; the exception names the setting.
/// </summary>
public sealed class OptionsValidationTests
{
    public static TheoryData<string, Func<ServerLimits>> InvalidLimits => new()
    {
        { nameof(ServerLimits.MaxRequestLineSize), static () => ServerLimits.Default with { MaxRequestLineSize = 0 } },
        { nameof(ServerLimits.MaxRequestHeadersTotalSize), static () => ServerLimits.Default with { MaxRequestHeadersTotalSize = -1 } },
        { nameof(ServerLimits.MaxRequestHeaderCount), static () => ServerLimits.Default with { MaxRequestHeaderCount = 0 } },
        { nameof(ServerLimits.MaxRequestBodySize), static () => ServerLimits.Default with { MaxRequestBodySize = -1 } },
        { nameof(ServerLimits.MaxConcurrentConnections), static () => ServerLimits.Default with { MaxConcurrentConnections = 0 } },
        { nameof(ServerLimits.KeepAliveTimeout), static () => ServerLimits.Default with { KeepAliveTimeout = TimeSpan.Zero } },
        { nameof(ServerLimits.MaxResponseBufferSize), static () => ServerLimits.Default with { MaxResponseBufferSize = -5 } },
    };

    [Theory]
    [MemberData(nameof(InvalidLimits))]
    public void An_invalid_limit_is_refused_naming_it(string name, Func<ServerLimits> make)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => make());

        Assert.Equal(name, exception.ParamName);
    }

    [Fact]
    public void Limits_at_their_edges_are_accepted()
    {
        var limits = ServerLimits.Default with { MaxRequestBodySize = 0, MaxConcurrentConnections = 1, MaxRequestLineSize = 1 };

        Assert.Equal(0, limits.MaxRequestBodySize);
        Assert.Equal(1, limits.MaxConcurrentConnections);
        Assert.Null((limits with { MaxConcurrentConnections = null }).MaxConcurrentConnections);
    }

    [Fact]
    public void A_backlog_that_is_not_positive_is_refused()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0), ListenBacklog = 0 });

        Assert.Equal(nameof(ServerOptions.ListenBacklog), exception.ParamName);
    }

    [Fact]
    public void Fewer_than_one_accept_loop_is_refused()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0), AcceptLoops = 0 });

        Assert.Equal(nameof(ServerOptions.AcceptLoops), exception.ParamName);
        Assert.Equal(1, new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) }.AcceptLoops);
    }
}

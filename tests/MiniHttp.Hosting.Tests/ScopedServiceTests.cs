using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace MiniHttp.Hosting.Tests;

/// <summary>
/// A route that takes a scoped service opens one scope per request and disposes it (here asynchronously) once the response
/// is written, deferred or not, or once its handler threw; a route that takes only singletons opens none. The ledger's
/// counters are the process's, so every test that counts them is in this class, whose tests run one at a time.
/// </summary>
public sealed class ScopedServiceTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Each_request_to_a_scoped_route_gets_its_own_service_disposed_after_its_response()
    {
        await using var host = await TestHost.StartAsync();
        using var client = new RawClient(host.Server.EndPoints[0]);
        var created = RequestLedger.Created;
        var disposed = RequestLedger.Disposed;

        var ids = new int[5];
        for (var i = 0; i < ids.Length; i++)
        {
            client.SendGet("/scoped");
            ids[i] = int.Parse((await client.ReadResponseAsync().WaitAsync(Bound)).Split("\r\n\r\n")[1], System.Globalization.CultureInfo.InvariantCulture);
        }

        // The connection writes a response only once the deferred disposal of its scope is done, so all five are.
        Assert.Equal(created + 5, RequestLedger.Created);
        Assert.Equal(disposed + 5, RequestLedger.Disposed);
        Assert.Equal(5, new System.Collections.Generic.HashSet<int>(ids).Count);
    }

    [Fact]
    public async Task A_route_that_takes_only_singletons_opens_no_scope()
    {
        await using var host = await TestHost.StartAsync();
        using var client = host.Client();
        var created = RequestLedger.Created;

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("same", await client.GetStringAsync("/singleton"));
        }

        Assert.Equal(created, RequestLedger.Created);
    }

    [Fact]
    public async Task A_deferred_response_keeps_its_scope_until_it_is_written()
    {
        await using var host = await TestHost.StartAsync();
        var gate = host.Host.Services.GetRequiredService<Gate>();
        gate.Reset();
        using var client = new RawClient(host.Server.EndPoints[0]);
        var disposed = RequestLedger.Disposed;

        client.SendGet("/scoped/async");
        await gate.Entered.Task.WaitAsync(Bound);
        Assert.Equal(disposed, RequestLedger.Disposed);
        gate.Release.SetResult();
        var response = await client.ReadResponseAsync().WaitAsync(Bound);

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", response, StringComparison.Ordinal);
        Assert.Equal(disposed + 1, RequestLedger.Disposed);
    }

    [Fact]
    public async Task A_handler_that_throws_still_has_its_scope_disposed()
    {
        await using var host = await TestHost.StartAsync();
        using var client = new RawClient(host.Server.EndPoints[0]);
        var disposed = RequestLedger.Disposed;

        client.SendGet("/scoped/throws");
        var response = await client.ReadResponseAsync().WaitAsync(Bound);

        Assert.StartsWith("HTTP/1.1 500 Internal Server Error\r\n", response, StringComparison.Ordinal);
        // The failure, not the disposal, is what the request waits on: the disposal ends on its own, shortly.
        Assert.True(SpinWait.SpinUntil(() => RequestLedger.Disposed == disposed + 1, Bound));
    }
}

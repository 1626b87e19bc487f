using System;
using System.Globalization;
using System.Linq;
using System.Net;
using MiniHttp;
using MiniHttp.Benchmarks.ConnectionAllocations;
using MiniHttp.Generated;

// A server with HttpArena's baseline route on 127.0.0.1, driven from outside (benchmarks/allocations/run.sh runs wrk's
// limited-conn profile against it): "start" on standard input begins a measurement, "stop" ends it and prints what the
// process allocated per request answered meanwhile, in total and by type.
var transport = args.FirstOrDefault() == "epoll" ? ServerTransport.Epoll : ServerTransport.Sockets;
await using var server = new HttpServer<Router>(new ServerOptions
{
    EndPoint = new IPEndPoint(IPAddress.Loopback, 0),
    Transport = transport,
});
server.Start();
Console.WriteLine($"listening {server.LocalEndPoint.Port}");

using var sampler = new AllocationSampler();
long startBytes = 0, startRequests = 0;
while (Console.ReadLine() is { } command)
{
    if (command == "start")
    {
        sampler.Clear();
        startRequests = BaselineRoutes.Answered;
        startBytes = GC.GetTotalAllocatedBytes(precise: true);
    }
    else if (command == "stop")
    {
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - startBytes;
        var requests = Math.Max(BaselineRoutes.Answered - startRequests, 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"requests {requests}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bytes-per-request {(double)bytes / requests:F1}"));
        foreach (var (type, sampled) in sampler.TopTypes(20))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"type {(double)sampled / requests:F1} {type}"));
        }

        Console.WriteLine("done");
    }
}

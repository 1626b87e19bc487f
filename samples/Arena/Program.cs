using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Arena;
using Arena.Json;
using MiniHttp;
using MiniHttp.Generated;

var port = 8080;
var datasetPath = Environment.GetEnvironmentVariable("DATASET_PATH") ?? Dataset.DefaultPath;
var reportAllocations = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--port" when i + 1 < args.Length:
            port = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--dataset" when i + 1 < args.Length:
            datasetPath = args[++i];
            break;
        case "--report-allocations":
            reportAllocations = true;
            break;
        case "--routes":
            // The generator wrote the route table as data: nothing is discovered, nothing is started.
            foreach (var route in Router.Routes)
            {
                Console.WriteLine($"{route.Method,-7} {route.Template,-20} {route.Handler}");
            }

            return 0;
        default:
            Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: Arena [--port N] [--dataset PATH] [--report-allocations] [--routes]");
            return 2;
    }
}

Dataset dataset;
if (File.Exists(datasetPath))
{
    dataset = Dataset.Load(datasetPath);
}
else
{
    // The other profiles do not need it, so the sample still serves them; /json answers no items.
    Console.Error.WriteLine($"No dataset at {datasetPath}: /json/{{count}} answers no items. Set it with --dataset PATH or DATASET_PATH.");
    dataset = new Dataset([]);
}

// HttpArena runs the entry in a container and connects from outside it, so listen on every interface.
var server = new HttpServer<Router>(
    new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Any, port) },
    new Router(new JsonRoutes(dataset)));
server.Start();
Console.WriteLine($"Arena listening on http://{server.LocalEndPoint}");

using var allocationReport = reportAllocations ? new AllocationReport() : null;
var stopRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnStopSignal);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnStopSignal);
await stopRequested.Task;
// Requests already being answered finish (container runtimes allow about ten seconds after SIGTERM); the rest close.
await server.StopAsync(TimeSpan.FromSeconds(5));
return 0;

void OnStopSignal(PosixSignalContext context)
{
    context.Cancel = true;
    stopRequested.TrySetResult();
}

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
var tlsPort = 8081;
var certificatePath = Environment.GetEnvironmentVariable("CERT_PATH") ?? "/certs/server.crt";
var keyPath = Environment.GetEnvironmentVariable("KEY_PATH") ?? "/certs/server.key";
var datasetPath = Environment.GetEnvironmentVariable("DATASET_PATH") ?? Dataset.DefaultPath;
var reportAllocations = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--port" when i + 1 < args.Length:
            port = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--tls-port" when i + 1 < args.Length:
            tlsPort = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--cert" when i + 1 < args.Length:
            certificatePath = args[++i];
            break;
        case "--key" when i + 1 < args.Length:
            keyPath = args[++i];
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
            Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: Arena [--port N] [--tls-port N] [--cert PATH] [--key PATH] [--dataset PATH] [--report-allocations] [--routes]");
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

// HTTPS beside HTTP when the certificate files are there; files that are there but unusable stop the start.
TlsOptions? tls = null;
if (File.Exists(certificatePath) && File.Exists(keyPath))
{
    try
    {
        tls = TlsOptions.FromPemFiles(certificatePath, keyPath);
    }
    catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
}
else
{
    Console.Error.WriteLine($"No certificate at {certificatePath} and key at {keyPath}: no HTTPS. Set them with --cert PATH --key PATH or CERT_PATH and KEY_PATH.");
}

// HttpArena runs the entry in a container and connects from outside it, so listen on every interface. Both servers
// share the router, so they share its routes and dataset.
var router = new Router(new JsonRoutes(dataset));
var server = new HttpServer<Router>(new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Any, port) }, router);
server.Start();
Console.WriteLine($"Arena listening on http://{server.LocalEndPoint}");
var tlsServer = tls is null ? null : new HttpServer<Router>(new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Any, tlsPort), Tls = tls }, router);
if (tlsServer is not null)
{
    tlsServer.Start();
    Console.WriteLine($"Arena listening on https://{tlsServer.LocalEndPoint}");
}

using var allocationReport = reportAllocations ? new AllocationReport() : null;
var stopRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnStopSignal);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnStopSignal);
await stopRequested.Task;
// Requests already being answered finish (container runtimes allow about ten seconds after SIGTERM); the rest close.
var httpStopped = server.StopAsync(TimeSpan.FromSeconds(5));
await (tlsServer?.StopAsync(TimeSpan.FromSeconds(5)) ?? Task.CompletedTask);
await httpStopped;
return 0;

void OnStopSignal(PosixSignalContext context)
{
    context.Cancel = true;
    stopRequested.TrySetResult();
}

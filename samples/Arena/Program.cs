using System;
using System.IO;
using System.Net;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Arena;
using Arena.Database;
using Arena.Json;
using MiniHttp;
using MiniHttp.Generated;
using Npgsql;

if (ArenaSettings.TryParse(args, Environment.GetEnvironmentVariables(), out var error) is not { } settings)
{
    Console.Error.WriteLine(error);
    return 2;
}

// Read by the runtime when the process makes its first socket, which has not happened yet.
Environment.SetEnvironmentVariable(ArenaSettings.InlineCompletionsVariable, settings.InlineCompletions ? "1" : "0");

if (settings.PrintRoutes)
{
    // The generator wrote the route table as data: nothing is discovered, nothing is started.
    foreach (var route in Router.Routes)
    {
        Console.WriteLine($"{route.Method,-7} {route.Template,-20} {route.Handler}");
    }

    return 0;
}

if (settings.PrintOpenApi)
{
    using var output = Console.OpenStandardOutput();
    output.Write(OpenApiDocument.Utf8Json);
    return 0;
}

if (LoadDataset(settings) is not { } dataset || !LoadTls(settings, out var tls) || !FindStaticFiles(settings, out var staticFiles)
    || !CreateDataSource(settings, out var dataSource))
{
    return 1;
}

await using var database = dataSource;
// Both servers share the router, so they share its routes, dataset and database pool.
var router = new Router(new DatabaseRoutes(dataSource), new JsonRoutes(dataset));
var options = new ServerOptions
{
    EndPoint = new IPEndPoint(settings.Address, settings.Port),
    Limits = settings.Limits,
    ListenBacklog = settings.ListenBacklog,
    AcceptLoops = settings.AcceptLoops,
    Transport = settings.Transport,
    ReusePort = settings.ReusePort,
    StaticFiles = staticFiles,
};
// Listening before the servers start, so the connection gauges count from the first connection.
using var metricsReport = settings.Metrics ? new MetricsReport() : null;
var server = new HttpServer<Router>(options, router);
var tlsServer = tls is null ? null : new HttpServer<Router>(options with { EndPoint = new IPEndPoint(settings.Address, settings.TlsPort), Tls = tls }, router);
// A port in use or not allowed is one line on stderr and exit code 1, not a stack trace.
if (!TryStart(server) || (tlsServer is not null && !TryStart(tlsServer)))
{
    await server.DisposeAsync();
    return 1;
}

Console.WriteLine($"Arena listening on http://{server.LocalEndPoint}");
if (tlsServer is not null)
{
    Console.WriteLine($"Arena listening on https://{tlsServer.LocalEndPoint}");
}

using var allocationReport = settings.ReportAllocations ? new AllocationReport() : null;
var stopRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnStopSignal);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnStopSignal);
await stopRequested.Task;
// Requests already being answered finish (container runtimes allow about ten seconds after SIGTERM); the rest close.
var httpStopped = server.StopAsync(TimeSpan.FromSeconds(5));
await (tlsServer?.StopAsync(TimeSpan.FromSeconds(5)) ?? Task.CompletedTask);
await httpStopped;
return 0;

static bool TryStart(HttpServer<Router> server)
{
    try
    {
        server.Start();
        return true;
    }
    catch (ListenException e)
    {
        Console.Error.WriteLine(e.Message);
        return false;
    }
}

void OnStopSignal(PosixSignalContext context)
{
    context.Cancel = true;
    stopRequested.TrySetResult();
}

// A file the user named must be there; HttpArena's mount may be missing, since the sample serves its other profiles
// without it.
static Dataset? LoadDataset(ArenaSettings settings)
{
    if (settings.DatasetPath is null && !File.Exists(Dataset.DefaultPath))
    {
        Console.Error.WriteLine(
            $"No dataset at {Dataset.DefaultPath}: /json/{{count}} serves {GeneratedItems.Count} generated items of the same shape. "
            + "Mount HttpArena's there, or name one with --dataset PATH or DATASET_PATH.");
        return new Dataset(GeneratedItems.Create());
    }

    try
    {
        return Dataset.Load(settings.DatasetPath ?? Dataset.DefaultPath);
    }
    catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine(e.Message);
        return null;
    }
}

// HTTPS beside HTTP when the certificate files are there; files that were named but are missing, or that are there
// but unusable, stop the start.
static bool LoadTls(ArenaSettings settings, out TlsOptions? tls)
{
    tls = null;
    var certificatePath = settings.CertificatePath ?? ArenaSettings.DefaultCertificatePath;
    var keyPath = settings.KeyPath ?? ArenaSettings.DefaultKeyPath;
    if (settings.CertificatePath is null && settings.KeyPath is null && !(File.Exists(certificatePath) && File.Exists(keyPath)))
    {
        Console.Error.WriteLine(
            $"No certificate at {certificatePath} and key at {keyPath}: no HTTPS. Name them with --cert PATH --key PATH or CERT_PATH and KEY_PATH.");
        return true;
    }

    try
    {
        tls = TlsOptions.FromPemFiles(certificatePath, keyPath);
        return true;
    }
    catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine(e.Message);
        return false;
    }
}

// The directory served at /static: the one the user named, which must exist, or HttpArena's mount when it is there.
static bool FindStaticFiles(ArenaSettings settings, out StaticFileMapping[] mappings)
{
    var path = settings.StaticPath ?? ArenaSettings.DefaultStaticPath;
    mappings = Directory.Exists(path) ? [new StaticFileMapping("/static", path)] : [];
    if (mappings.Length == 0 && settings.StaticPath is not null)
    {
        Console.Error.WriteLine($"The static files directory '{path}' does not exist.");
        return false;
    }

    if (mappings.Length > 0)
    {
        Console.WriteLine($"Serving static files from {path} at /static");
    }

    return true;
}

// The database pool, made without connecting: the database may come up after the server, and a connection that fails
// is a 503 for that request, not a failed start. No URL is no database: the two database routes answer 503.
static bool CreateDataSource(ArenaSettings settings, out NpgsqlDataSource? dataSource)
{
    dataSource = null;
    if (settings.DatabaseUrl is null)
    {
        Console.Error.WriteLine("No DATABASE_URL: /async-db and /fortunes answer 503. Name one with --database-url URL or DATABASE_URL.");
        return true;
    }

    try
    {
        dataSource = ArenaDatabase.Create(settings.DatabaseUrl, settings.DatabaseMaxConnections);
        return true;
    }
    catch (FormatException e)
    {
        Console.Error.WriteLine(e.Message);
        return false;
    }
}

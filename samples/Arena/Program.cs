using System;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using MiniHttp;
using MiniHttp.Generated;

// HttpArena runs the entry in a container and connects from outside it, so listen on every interface.
var port = args is ["--port", var value] ? int.Parse(value, CultureInfo.InvariantCulture) : 8080;
var server = new HttpServer<Router>(new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Any, port) });
server.Start();
Console.WriteLine($"Arena listening on http://{server.LocalEndPoint}");

var stopRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnStopSignal);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnStopSignal);
await stopRequested.Task;
await server.StopAsync();

void OnStopSignal(PosixSignalContext context)
{
    context.Cancel = true;
    stopRequested.TrySetResult();
}

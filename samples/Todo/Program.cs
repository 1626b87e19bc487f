using System;
using Microsoft.Extensions.Hosting;
using MiniHttp.Generated;
using Todo;

if (args is ["--openapi"])
{
    // The OpenAPI document the generator wrote at compile time: printed as it is, without starting anything.
    using var output = Console.OpenStandardOutput();
    output.Write(OpenApiDocument.Utf8Json);
    return;
}

// The host reads appsettings.json, the environment (MiniHttp__Urls=...) and the command line (--urls http://0.0.0.0:8080),
// logs to the console, and stops the server gracefully on Ctrl-C or SIGTERM.
var builder = Host.CreateApplicationBuilder(args);
TodoApp.AddServices(builder);
await builder.Build().RunAsync();

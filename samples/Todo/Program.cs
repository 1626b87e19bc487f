using Microsoft.Extensions.Hosting;
using Todo;

// The host reads appsettings.json, the environment (MiniHttp__Urls=...) and the command line (--urls http://0.0.0.0:8080),
// logs to the console, and stops the server gracefully on Ctrl-C or SIGTERM.
var builder = Host.CreateApplicationBuilder(args);
TodoApp.AddServices(builder);
await builder.Build().RunAsync();

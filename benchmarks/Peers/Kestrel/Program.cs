using System;
using System.Globalization;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using KestrelPeer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

// The peer MiniHttp is measured against: Kestrel with minimal APIs serving the Arena endpoints with the
// same semantics (plain-text answers, Content-Length and chunked POST bodies), logging off.
// --tls-port with --cert and --key (PEM files) adds an HTTPS endpoint, as the Arena sample does; --static DIR serves
// DIR at /static (ArenaProfiles.cs).
var port = 8080;
int? tlsPort = null;
string? certificatePath = null;
string? keyPath = null;
string? staticPath = null;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--port": port = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--tls-port": tlsPort = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--cert": certificatePath = args[i + 1]; break;
        case "--key": keyPath = args[i + 1]; break;
        case "--static": staticPath = args[i + 1]; break;
        default: throw new ArgumentException($"Unknown argument '{args[i]}'.");
    }
}

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(options =>
{
    options.ListenAnyIP(port);
    if (tlsPort is { } https && certificatePath is not null && keyPath is not null)
    {
        options.ListenAnyIP(https, listen => listen.UseHttps(X509Certificate2.CreateFromPemFile(certificatePath, keyPath)));
    }
});
var app = builder.Build();

app.MapGet("/baseline11", (int a, int b) => (a + b).ToString(CultureInfo.InvariantCulture));
app.MapPost("/baseline11", async (int a, int b, HttpRequest request) =>
{
    using var reader = new StreamReader(request.Body);
    var text = await reader.ReadToEndAsync();
    return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var body)
        ? Results.Text((a + b + body).ToString(CultureInfo.InvariantCulture))
        : Results.BadRequest();
});
app.MapGet("/pipeline", () => "ok");
KestrelPeer.DatabaseEndpoints.MapDatabaseEndpoints(app);
app.MapArenaProfiles(staticPath);
app.MapWebSocketEcho();

await app.RunAsync();

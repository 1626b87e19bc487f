using System.Globalization;
using System.IO;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

// The peer MiniHttp is measured against: Kestrel with minimal APIs serving the Arena endpoints with the
// same semantics (plain-text answers, Content-Length and chunked POST bodies), logging off.
var port = args is ["--port", var value] ? int.Parse(value, CultureInfo.InvariantCulture) : 8080;
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(options => options.ListenAnyIP(port));
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

await app.RunAsync();

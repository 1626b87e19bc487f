using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace KestrelPeer;

/// <summary>
/// The endpoints of HttpArena's async, 8gbit and static-tls profiles as the Arena sample serves them, each the way an
/// ASP.NET Core application would write it: <c>Task.Delay</c>, the body piped back through the request's and the
/// response's pipes, and the static files middleware.
/// </summary>
public static class ArenaProfiles
{
    // The Arena's own limit (DelayRoutes.MaxDelay), so both servers refuse the same delays.
    private const int MaxDelay = 60_000;

    /// <summary>Maps <c>/delay/{ms}</c> and <c>/echo</c>, and serves <paramref name="staticPath"/> at <c>/static</c> when given.</summary>
    public static void MapArenaProfiles(this WebApplication app, string? staticPath)
    {
        app.MapGet("/delay/{ms:int}", async (int ms, CancellationToken aborted) =>
        {
            if ((uint)ms > MaxDelay)
            {
                return Results.BadRequest();
            }

            await Task.Delay(ms, aborted);
            return Results.Text(ms.ToString(CultureInfo.InvariantCulture));
        });

        // Each piece of the body goes back as it arrives (chunked, as the Arena's echo answers), in about one read's
        // worth of memory.
        app.MapPost("/echo", async (HttpContext context) =>
        {
            context.Response.ContentType = "application/octet-stream";
            await context.Request.BodyReader.CopyToAsync(context.Response.BodyWriter, context.RequestAborted);
        });

        if (staticPath is not null)
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(staticPath),
                RequestPath = "/static",
            });
        }
    }
}

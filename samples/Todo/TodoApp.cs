using System;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MiniHttp.Generated;

namespace Todo;

/// <summary>The service's composition, shared by <c>Program.cs</c> and the end-to-end tests, which host it on a free port.</summary>
public static class TodoApp
{
    /// <summary>The web application whose pages may call the service from the browser (CORS).</summary>
    public const string WebOrigin = "https://todo.example";

    public static void AddServices(HostApplicationBuilder builder)
    {
        var maxPageSize = int.TryParse(builder.Configuration["Todo:MaxPageSize"], NumberStyles.None, CultureInfo.InvariantCulture, out var configured) && configured > 0
            ? configured
            : TodoSettings.DefaultMaxPageSize;
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new TodoSettings(maxPageSize, builder.Configuration["Todo:ApiKey"]));
        builder.Services.AddSingleton<TodoStore>();
        builder.Services.AddScoped<TodoAudit>();
        // The routes classes and the access-log hooks need no registration: the router creates them from their constructors.
        builder.Services.AddMiniHttp<Router>();
    }
}

/// <summary>What the service reads from the <c>Todo</c> configuration section.</summary>
/// <param name="MaxPageSize">The most items one page of <c>GET /todos</c> holds, whatever <c>limit</c> asks.</param>
/// <param name="ApiKey">The key a request that changes the list must send; none configured, no change is allowed.</param>
public sealed record TodoSettings(int MaxPageSize, string? ApiKey)
{
    public const int DefaultMaxPageSize = 100;
}

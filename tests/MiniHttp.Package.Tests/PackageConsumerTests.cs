using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;

namespace MiniHttp.Package.Tests;

/// <summary>
/// Packs MiniHttp, then builds and runs a small app that references the package alone: proof that the runtime and the
/// generator both ship in it and work from it. Each run packs a version never used before, since a reused version
/// would be restored from the NuGet cache and test old bits.
/// </summary>
public sealed class PackageConsumerTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("minihttp-package-").FullName;
    private readonly string _version = string.Create(
        CultureInfo.InvariantCulture, $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Guid.NewGuid().ToString("N")[..8]}");

    [Fact]
    public async Task Apps_built_from_the_package_serve_their_generated_routes_bare_and_on_the_generic_host()
    {
        var feed = Path.Combine(_work, "feed");
        var pack = await DotnetCli.RunAsync(
            DotnetCli.RepositoryRoot(), "pack", "src/Runtime/MiniHttp.csproj", "-c", "Release", "-o", feed, $"-p:Version={_version}");
        Assert.True(pack.ExitCode == 0, pack.Output);

        var package = Path.Combine(feed, $"MiniHttp.{_version}.nupkg");
        using (var archive = ZipFile.OpenRead(package))
        {
            var entries = archive.Entries.Select(static entry => entry.FullName).ToList();
            Assert.Contains("lib/net10.0/MiniHttp.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/MiniHttp.Generators.dll", entries);
            Assert.Contains("README.md", entries);
        }

        Assert.True(File.Exists(Path.Combine(feed, $"MiniHttp.{_version}.snupkg")), "The symbols package is missing.");

        var app = WriteConsumerApp(feed, "bare", BareProgram, packages: string.Empty);
        var run = await DotnetCli.RunAsync(app, "run", "-c", "Release");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("200 hello package", run.Output, StringComparison.Ordinal);
        Assert.Contains("404", run.Output, StringComparison.Ordinal);

        // What getting-started shows: MiniHttp and the generic host's package, nothing else.
        var hosted = WriteConsumerApp(feed, "hosted", HostedProgram, """<PackageReference Include="Microsoft.Extensions.Hosting" Version="10.0.15" />""");
        var hostedRun = await DotnetCli.RunAsync(hosted, "run", "-c", "Release", "--", "--urls", "http://127.0.0.1:0");

        Assert.True(hostedRun.ExitCode == 0, hostedRun.Output);
        Assert.Contains("hello host | HELLO SERVICES", hostedRun.Output, StringComparison.Ordinal);
    }

    private const string BareProgram = """
        using System.Net;
        using MiniHttp;
        using MiniHttp.Generated;

        var server = new HttpServer<Router>(new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) });
        server.Start();
        using var client = new HttpClient { BaseAddress = new Uri($"http://{server.LocalEndPoint}") };
        using var hello = await client.GetAsync("/hello?name=package");
        Console.WriteLine($"{(int)hello.StatusCode} {await hello.Content.ReadAsStringAsync()}");
        using var missing = await client.GetAsync("/missing");
        Console.WriteLine((int)missing.StatusCode);
        await server.StopAsync();

        public static class Routes
        {
            [Get("/hello")]
            public static string Hello(string name) => $"hello {name}";
        }
        """;

    private const string HostedProgram = """
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        using MiniHttp;
        using MiniHttp.Generated;
        using MiniHttp.Hosting;

        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddSingleton<Greeter>();
        builder.Services.AddMiniHttp<Router>();
        using var host = builder.Build();
        await host.StartAsync();
        var endPoint = host.Services.GetRequiredService<MiniHttpHostedService<Router>>().EndPoints[0];
        using var client = new HttpClient { BaseAddress = new Uri($"http://{endPoint}") };
        Console.WriteLine($"{await client.GetStringAsync("/hello?name=host")} | {await client.GetStringAsync("/shout?name=services")}");
        await host.StopAsync();

        public sealed class Greeter
        {
            public string Greet(string name) => $"hello {name}";
        }

        public sealed class Routes(Greeter greeter)
        {
            [Get("/hello")]
            public string Hello(string name) => greeter.Greet(name);

            [Get("/shout")]
            public static string Shout(string name, [FromServices] Greeter greeter) => greeter.Greet(name).ToUpperInvariant();
        }
        """;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private string WriteConsumerApp(string feed, string name, string program, string packages)
    {
        var app = Path.Combine(_work, name);
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="MiniHttp" Version="{_version}" />
                {packages}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), program);
        return app;
    }
}

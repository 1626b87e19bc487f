using System;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.DependencyInjection;

namespace MiniHttp.Benchmarks.Dispatch;

/// <summary>
/// What services cost a request: the same one-line handler with no service, with a singleton (<c>[FromServices]</c>,
/// resolved once into the router) and with a scoped service (a scope opened, the service resolved and the scope disposed
/// per request), over a router created from a real container with <c>Router.Create</c>.
/// </summary>
[MemoryDiagnoser]
public class ServicesDispatchBenchmarks
{
    private const string Source = """
        using Microsoft.Extensions.DependencyInjection;
        using MiniHttp;

        public sealed class Counter { public int Value => 42; }
        public sealed class UnitOfWork { public int Value => 7; }

        public static class Handlers
        {
            [Get("/static")] public static int Static() => 42;
            [Get("/singleton")] public static int Singleton([FromServices] Counter counter) => counter.Value;
            [Get("/scoped")] public static int Scoped([FromServices(ServiceLifetime.Scoped)] UnitOfWork work) => work.Value;
        }
        """;

    private DispatchMethod _dispatch = null!;
    private HttpResponse _response = null!;
    private ServiceProvider _services = null!;
    private readonly byte[] _static = Encoding.ASCII.GetBytes("/static");
    private readonly byte[] _singleton = Encoding.ASCII.GetBytes("/singleton");
    private readonly byte[] _scoped = Encoding.ASCII.GetBytes("/scoped");

    [GlobalSetup]
    public void Setup()
    {
        var compilation = CSharpCompilation.Create(
            "ServicesApp",
            [CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest))],
            RouteApp.References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        var routerType = RouteApp.RouterType(compilation);
        var app = routerType.Assembly;
        var services = new ServiceCollection();
        services.AddSingleton(app.GetType("Counter", throwOnError: true)!);
        services.AddScoped(app.GetType("UnitOfWork", throwOnError: true)!);
        _services = services.BuildServiceProvider();
        var router = routerType.GetMethod("Create")!.Invoke(null, [_services])!;
        _dispatch = routerType.GetMethod("Dispatch")!.CreateDelegate<DispatchMethod>(router);
        _response = Requests.NewDiscardingResponse();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true)]
    public void Static() => Dispatch(_static);

    [Benchmark]
    public void Singleton() => Dispatch(_singleton);

    [Benchmark]
    public void Scoped() => Dispatch(_scoped);

    private void Dispatch(byte[] path)
    {
        Requests.Reset(_response);
        _dispatch(Requests.Get(path), _response);
    }
}

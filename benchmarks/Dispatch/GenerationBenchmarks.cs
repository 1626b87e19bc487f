using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MiniHttp.Benchmarks.Dispatch;

/// <summary>The generator's own run time on an app of 1,000 routes, from a fresh driver: what a clean build pays.</summary>
[MemoryDiagnoser]
public class GenerationBenchmarks
{
    private CSharpCompilation _compilation = null!;

    [GlobalSetup]
    public void Setup() => _compilation = RouteApp.Compilation(1000);

    [Benchmark]
    public Compilation Generate1000Routes() => RouteApp.Generate(_compilation);
}

using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MiniHttp.Generators;

namespace MiniHttp.Generators.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="RouteGenerator"/> on an in-memory compilation of C# source, referencing the running shared
/// framework and the MiniHttp runtime, with step tracking on for the incrementality tests.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References = FrameworkReferences()
        .Append(MetadataReference.CreateFromFile(typeof(HttpRequest).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceScopeFactory).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location))
        .ToImmutableArray();

    public static CSharpCompilation Compile(params string[] sources) =>
        CSharpCompilation.Create(
            "Handlers",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Handlers{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            [new RouteGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(params string[] sources) => Run(CreateDriver(), Compile(sources));

    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(driver, output);
    }

    /// <summary>System.Text.Json's source generator, from the reference pack of the SDK that runs the tests.</summary>
    public static ISourceGenerator JsonGenerator()
    {
        // <dotnet>/shared/Microsoft.NETCore.App/<version>/ -> <dotnet>/packs/Microsoft.NETCore.App.Ref/<version>/analyzers/dotnet/cs/
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var path = Directory.GetFiles(Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref"), "System.Text.Json.SourceGeneration.dll", SearchOption.AllDirectories)
            .Where(file => file.Contains(Path.Combine("analyzers", "dotnet", "cs"), StringComparison.Ordinal))
            .OrderBy(file => file, StringComparer.Ordinal)
            .Last();
        var generatorType = Assembly.LoadFrom(path).GetTypes()
            .Single(type => type.GetCustomAttribute<GeneratorAttribute>() is not null && typeof(IIncrementalGenerator).IsAssignableFrom(type));
        return ((IIncrementalGenerator)Activator.CreateInstance(generatorType)!).AsSourceGenerator();
    }

    /// <summary>
    /// The shared framework's assemblies, which the test host has loaded from one directory; the test's own
    /// dependencies are on the same trusted list but elsewhere, and would reference MiniHttp twice.
    /// </summary>
    public static ImmutableArray<MetadataReference> FrameworkReferences()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == frameworkDirectory)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}

using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MiniHttp.Generators;

namespace MiniHttp.Benchmarks.Dispatch;

/// <summary>The generated <c>Router.Dispatch</c> of an app, called through a delegate.</summary>
public delegate void DispatchMethod(scoped in HttpRequest request, HttpResponse response);

/// <summary>
/// An app of <c>GET</c> handlers with literal paths, <c>/api/items/0</c> to <c>/api/items/{count - 1}</c>, compiled in
/// memory with the route generator: paths that share a prefix and, mostly, a length, the hard case for a length switch.
/// </summary>
public static class RouteApp
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static string Path(int route) => "/api/items/" + route.ToString(CultureInfo.InvariantCulture);

    public static string Source(int routeCount)
    {
        var source = new StringBuilder("using MiniHttp;\n\npublic static class Handlers\n{\n");
        for (var route = 0; route < routeCount; route++)
        {
            source.Append(CultureInfo.InvariantCulture, $"    [Get(\"{Path(route)}\")] public static int Route{route}() => {route};\n");
        }

        return source.Append("}\n").ToString();
    }

    public static CSharpCompilation Compilation(int routeCount) =>
        CSharpCompilation.Create(
            "RouteApp" + routeCount.ToString(CultureInfo.InvariantCulture),
            [CSharpSyntaxTree.ParseText(Source(routeCount), ParseOptions)],
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));

    /// <summary>Runs the generator on the app and returns the compilation with the generated router in it.</summary>
    public static Compilation Generate(CSharpCompilation compilation)
    {
        CSharpGeneratorDriver.Create([new RouteGenerator().AsSourceGenerator()], parseOptions: ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return diagnostics.IsEmpty ? output : throw new InvalidOperationException(string.Join(Environment.NewLine, diagnostics));
    }

    public static DispatchMethod Build(int routeCount)
    {
        var router = RouterType(Compilation(routeCount));
        // The app has only static handlers, so its default router dispatches; the delegate is bound to it, boxed.
        return router.GetMethod("Dispatch")!.CreateDelegate<DispatchMethod>(Activator.CreateInstance(router));
    }

    /// <summary>The generated router of an app compiled in memory, loaded.</summary>
    public static Type RouterType(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = Generate(compilation).Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, emitted.Diagnostics));
        }

        return Assembly.Load(image.ToArray()).GetType("MiniHttp.Generated.Router", throwOnError: true)!;
    }

    /// <summary>The assemblies of the running shared framework, MiniHttp itself and the dependency injection abstractions.</summary>
    public static ImmutableArray<MetadataReference> References()
    {
        var frameworkDirectory = System.IO.Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Directory.GetFiles(frameworkDirectory, "*.dll")
            .Where(static path => IsManagedAssembly(path))
            .Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(HttpRequest).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceScopeFactory).Assembly.Location))
            .ToImmutableArray();
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Routing;

/// <summary>
/// An app of <c>GET</c> handlers for the given literal paths, each answering its index in the list, compiled in memory
/// with the route generator and loaded, so that tests can send requests through its router.
/// </summary>
public sealed class CompiledApp
{
    private readonly DispatchMethod _dispatch;

    public CompiledApp(IReadOnlyList<string> paths)
    {
        var source = new StringBuilder("using MiniHttp;\n\npublic static class Handlers\n{\n");
        for (var route = 0; route < paths.Count; route++)
        {
            source.Append(CultureInfo.InvariantCulture, $"    [Get(\"{paths[route]}\")] public static int Route{route}() => {route};\n");
        }

        var run = GeneratorHarness.Run(source.Append("}\n").ToString());
        Assert.Empty(run.Diagnostics);
        GeneratedSource = run.GeneratedSource;

        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        Image = image.ToArray();

        var router = Assembly.Load(Image).GetType("MiniHttp.Generated.Router", throwOnError: true)!;
        // The app has only static handlers, so its default router dispatches; the delegate is bound to it, boxed.
        _dispatch = router.GetMethod("Dispatch")!.CreateDelegate<DispatchMethod>(Activator.CreateInstance(router));
    }

    private delegate void DispatchMethod(scoped in HttpRequest request, HttpResponse response);

    public string GeneratedSource { get; }

    /// <summary>The compiled assembly.</summary>
    public byte[] Image { get; }

    public string Dispatch(RequestMethod method, string path)
    {
        var request = new HttpRequest(
            method,
            Encoding.ASCII.GetBytes(method.ToString().ToUpperInvariant()),
            Encoding.ASCII.GetBytes(path),
            query: [],
            ProtocolVersion.Http11,
            headers: [],
            body: [],
            keepAlive: true);

        var (pipe, response) = ResponseCapture.Begin();
        _dispatch(in request, response);
        return ResponseCapture.End(pipe);
    }

    /// <summary>The size in bytes of the IL of each method of the generated <c>Router</c>, by name.</summary>
    public Dictionary<string, int> RouterMethodSizes()
    {
        using var pe = new PEReader(new MemoryStream(Image));
        var metadata = pe.GetMetadataReader();
        var router = metadata.TypeDefinitions
            .Select(metadata.GetTypeDefinition)
            .Single(type => metadata.GetString(type.Name) == "Router");
        return router.GetMethods()
            .Select(metadata.GetMethodDefinition)
            .ToDictionary(
                method => metadata.GetString(method.Name),
                method => pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!.Length);
    }
}

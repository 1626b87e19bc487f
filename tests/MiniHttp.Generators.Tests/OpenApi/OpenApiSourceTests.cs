using System.Linq;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.OpenApi;

/// <summary>The document class and the router's document route the generator emits, compared with the snapshots beside this file.</summary>
public sealed class OpenApiSourceTests
{
    [Fact]
    public void Document_of_json_types_templates_headers_and_doc_comments()
    {
        var run = GeneratorHarness.Run(OpenApiSources.Routes);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Snapshot.Match(Source(run, "MiniHttp.OpenApi.g.cs"));
    }

    [Fact]
    public void Router_serving_the_document()
    {
        var run = GeneratorHarness.Run(OpenApiSources.Routes);

        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void Without_the_attribute_no_document_is_generated()
    {
        var run = GeneratorHarness.Run(OpenApiSources.Routes.Replace(
            "[assembly: OpenApi(\"/openapi.json\", Title = \"Shop\", Version = \"3.0\")]", string.Empty, System.StringComparison.Ordinal));

        Assert.Empty(run.Diagnostics);
        Assert.Equal(["MiniHttp.Routes.g.cs"], run.Result.GeneratedSources.Select(static source => source.HintName));
        Assert.DoesNotContain("openapi", run.GeneratedSource, System.StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Without_a_route_the_document_is_generated_and_not_served()
    {
        var run = GeneratorHarness.Run(OpenApiSources.Routes.Replace(
            "OpenApi(\"/openapi.json\", ", "OpenApi(", System.StringComparison.Ordinal));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("Utf8Json", Source(run, "MiniHttp.OpenApi.g.cs"), System.StringComparison.Ordinal);
        Assert.DoesNotContain("openapi", run.GeneratedSource, System.StringComparison.OrdinalIgnoreCase);
    }

    private static string Source(GeneratorRun run, string hintName) =>
        run.Result.GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();
}

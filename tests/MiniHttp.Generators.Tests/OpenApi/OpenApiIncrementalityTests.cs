using System.Linq;
using Microsoft.CodeAnalysis;
using MiniHttp.Generators.Tests.Incrementality;

namespace MiniHttp.Generators.Tests.OpenApi;

/// <summary>The document follows the handlers' doc comments and JSON types, and an edit elsewhere regenerates nothing.</summary>
public sealed class OpenApiIncrementalityTests
{
    [Fact]
    public void An_edit_to_another_file_leaves_the_document_cached()
    {
        var (_, second) = IncrementalRuns.RunTwice([OpenApiSources.Routes, OpenApiSources.Unrelated], 1, "public static class Helpers { public static int Two() => 2; }");

        Assert.All(IncrementalRuns.Reasons(second, TrackingNames.Routes), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(IncrementalRuns.OutputReasons(second), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void Editing_a_doc_comment_regenerates_the_document()
    {
        var (_, second) = IncrementalRuns.RunTwice([OpenApiSources.Routes, OpenApiSources.Unrelated], 0, OpenApiSources.Routes.Replace(
            "A product by its number.", "One product.", System.StringComparison.Ordinal));

        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalRuns.Reasons(second, TrackingNames.Routes));
        var document = second.Result.GeneratedSources.Single(source => source.HintName == "MiniHttp.OpenApi.g.cs").SourceText.ToString();
        Assert.Contains("\"summary\": \"One product.\"", document, System.StringComparison.Ordinal);
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.OpenApi;
using GeneratedDocument = MiniHttp.Generated.OpenApiDocument;
using HttpMethod = System.Net.Http.HttpMethod;

namespace MiniHttp.OpenApi.Tests;

/// <summary>The document the generator wrote for this assembly's routes (ApiRoutes.cs), and the samples' published ones.</summary>
public sealed class DocumentTests
{
    private const string Snapshot = "tests/MiniHttp.OpenApi.Tests/test-router.openapi.json";

    [Fact]
    public void The_document_reads_with_no_errors_or_warnings()
    {
        var (document, problems) = OpenApiReader.Read(GeneratedDocument.Utf8Json.ToArray());

        Assert.Empty(problems);
        Assert.NotNull(document);
        Assert.Equal("MiniHttp OpenAPI tests", document.Info.Title);
        Assert.Equal("2.0", document.Info.Version);
    }

    [Fact]
    public void The_document_equals_the_committed_snapshot()
    {
        var path = OpenApiReader.RepositoryFile(Snapshot);
        var actual = GeneratedDocument.Utf8Json.ToArray();
        if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(actual))
        {
            File.WriteAllBytes(path + ".received", actual);
            Assert.Fail($"The generated document differs from {path}: compare it with {path}.received, and if the change is intended, move that over it.");
        }
    }

    [Fact]
    public void Parameters_come_from_path_query_and_header_with_their_types()
    {
        var (document, _) = OpenApiReader.Read(GeneratedDocument.Utf8Json.ToArray());

        var byId = document!.Paths["/orders/{id}"].Operations![HttpMethod.Get];
        Assert.Equal(
            ["id path True Integer int64", "X-Tenant header True String ", "version header False Integer int32"],
            byId.Parameters!.Select(static p => $"{p.Name} {p.In?.ToString()?.ToLowerInvariant()} {p.Required} {p.Schema!.Type} {p.Schema.Format}"));

        var find = document.Paths["/orders"].Operations![HttpMethod.Get];
        var color = find.Parameters!.Single(static p => p.Name == "color");
        Assert.Equal(["Red", "Green", "Blue"], color.Schema!.Enum!.Select(static value => value!.ToString().Trim('"')));
        Assert.False(find.Parameters!.Single(static p => p.Name == "page-size").Required);
        Assert.Equal("Finds the orders that match a filter.", find.Summary);
        Assert.Equal("How many orders to skip.", find.Parameters!.Single(static p => p.Name == "offset").Description);
    }

    [Fact]
    public void Json_bodies_and_results_refer_to_named_schemas_with_the_contexts_names()
    {
        var (document, _) = OpenApiReader.Read(GeneratedDocument.Utf8Json.ToArray());

        var place = document!.Paths["/orders"].Operations![HttpMethod.Post];
        Assert.True(place.RequestBody!.Required);
        Assert.Equal(["application/json"], place.RequestBody.Content!.Keys);
        Assert.Equal(["400", "413", "415", "default"], place.Responses!.Keys.Order(System.StringComparer.Ordinal));

        var order = document.Components!.Schemas!["Order"];
        Assert.Equal(["id", "customer", "lines", "note", "placedAt", "tags", "priority", "ship_by"], order.Properties!.Keys);
        Assert.Equal(["id", "customer", "lines", "placedAt", "tags", "priority"], order.Required!);
    }

    [Fact]
    public void A_document_that_breaks_the_specification_is_reported()
    {
        // No response has a description, which OpenAPI requires: the check the tests above rely on can fail.
        var broken = """{"openapi":"3.1.1","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"responses":{"200":{}}}}}}""";

        var (_, problems) = OpenApiReader.Read(Encoding.UTF8.GetBytes(broken));

        Assert.NotEmpty(problems);
    }

    [Theory]
    [InlineData("docs/openapi/todo.json")]
    [InlineData("docs/openapi/arena.json")]
    public void The_samples_published_documents_read_with_no_errors_or_warnings(string file)
    {
        var (document, problems) = OpenApiReader.Read(File.ReadAllBytes(OpenApiReader.RepositoryFile(file)));

        Assert.Empty(problems);
        Assert.NotEmpty(document!.Paths);
    }
}

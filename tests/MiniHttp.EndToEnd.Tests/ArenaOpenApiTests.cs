using System;
using System.IO;
using System.Runtime.CompilerServices;
using MiniHttp.Generated;

namespace MiniHttp.EndToEnd.Tests;

/// <summary>The Arena sample's OpenAPI document, generated (not served) and published in docs/openapi.</summary>
public sealed class ArenaOpenApiTests
{
    [Fact]
    public void The_published_document_is_the_one_the_build_emits()
    {
        var published = RepositoryFile("docs/openapi/arena.json");

        Assert.True(
            File.ReadAllBytes(published).AsSpan().SequenceEqual(OpenApiDocument.Utf8Json),
            $"{published} is not the document the build emits: publish it anew with `dotnet run --project samples/Arena -- --openapi > docs/openapi/arena.json`.");
    }

    private static string RepositoryFile(string relativePath, [CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", relativePath));
}

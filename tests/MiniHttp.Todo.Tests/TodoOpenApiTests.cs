using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using MiniHttp.Generated;

namespace Todo.Tests;

/// <summary>The sample's OpenAPI document: published in docs/openapi, served at /openapi.json, printed by --openapi.</summary>
public sealed class TodoOpenApiTests
{
    [Fact]
    public void The_published_document_is_the_one_the_build_emits()
    {
        var published = RepositoryFile("docs/openapi/todo.json");

        Assert.True(
            File.ReadAllBytes(published).AsSpan().SequenceEqual(OpenApiDocument.Utf8Json),
            $"{published} is not the document the build emits: publish it anew with `dotnet run --project samples/Todo -- --openapi > docs/openapi/todo.json`.");
    }

    [Fact]
    public async Task The_service_serves_the_document_at_its_route()
    {
        await using var host = await TodoHost.StartAsync();
        using var client = host.Client();

        using var response = await client.GetAsync(OpenApiDocument.Route);

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(OpenApiDocument.Utf8Json.ToArray(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_openapi_switch_prints_the_document_and_starts_nothing()
    {
        using var process = TodoProcessTests.Start("--openapi");
        using var output = new MemoryStream();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.BaseStream.CopyToAsync(output).WaitAsync(TodoProcessTests.Bound);
        await process.WaitForExitAsync().WaitAsync(TodoProcessTests.Bound);

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(string.Empty, await errors);
        Assert.Equal(OpenApiDocument.Utf8Json.ToArray(), output.ToArray());
    }

    private static string RepositoryFile(string relativePath, [CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", relativePath));
}

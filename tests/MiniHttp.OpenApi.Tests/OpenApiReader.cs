using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace MiniHttp.OpenApi.Tests;

/// <summary>Reads a document with Microsoft.OpenApi and runs its validator over it, as a client's tooling would.</summary>
internal static class OpenApiReader
{
    /// <summary>The document as Microsoft.OpenApi reads it, and every error and warning of its reader and of its default rule set.</summary>
    public static (OpenApiDocument? Document, List<string> Problems) Read(byte[] utf8Json)
    {
        var result = OpenApiDocument.Parse(Encoding.UTF8.GetString(utf8Json), OpenApiConstants.Json);
        var problems = result.Diagnostic!.Errors.Select(static error => $"read error: {error}")
            .Concat(result.Diagnostic.Warnings.Select(static warning => $"read warning: {warning}"))
            .ToList();
        if (result.Document is { } document)
        {
            var validator = new OpenApiValidator(ValidationRuleSet.GetDefaultRuleSet());
            new OpenApiWalker(validator).Walk(document);
            problems.AddRange(validator.Errors.Select(static error => $"validation error: {error}"));
            problems.AddRange(validator.Warnings.Select(static warning => $"validation warning: {warning}"));
        }

        return (result.Document, problems);
    }

    /// <summary>A file of the repository, found from this source file's directory (tests/MiniHttp.OpenApi.Tests).</summary>
    public static string RepositoryFile(string relativePath, [CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", relativePath));
}

using System.Globalization;
using Microsoft.CodeAnalysis;
using MiniHttp.Generators.Tests.Diagnostics;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.OpenApi;

/// <summary>MH0056 to MH0058: an OpenAPI document route that cannot be served, and a doc comment the document cannot read.</summary>
public sealed class OpenApiDiagnosticTests
{
    private const string Handler = "public static class Handlers { [Get(\"/x\")] public static int X() => 1; }";

    [Fact]
    public void MH0056_the_document_route_is_a_literal_path() =>
        DiagnosticAssert.Single(
            $"using MiniHttp;\n[assembly: OpenApi(\"/docs/{{name}}\")]\n{Handler}",
            "MH0056",
            line: 2,
            located: "\"/docs/{name}\"",
            "[assembly: OpenApi(\"/docs/{name}\")] cannot serve the document there: it has route parameters, and the document is served at one path; give a literal path such as \"/openapi.json\", or no route to generate the document without serving it");

    [Fact]
    public void MH0057_the_document_route_is_not_a_handlers_get() =>
        DiagnosticAssert.Single(
            $"using MiniHttp;\n[assembly: OpenApi(\"/x\")]\n{Handler}",
            "MH0057",
            line: 2,
            located: "\"/x\"",
            "[assembly: OpenApi] serves the document at '/x', where handler 'Handlers.X' already answers GET: move one of them to another path");

    [Fact]
    public void MH0058_a_malformed_doc_comment_is_a_warning_and_the_handler_is_still_routed()
    {
        var source = """
            using MiniHttp;
            [assembly: OpenApi("/openapi.json")]
            public static class Handlers
            {
                /// <summary>Unclosed.
                [Get("/x")] public static int X() => 1;
            }
            """;

        var run = GeneratorHarness.Run(source);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MH0058", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(6, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.StartsWith("The XML doc comment of 'Handlers.X' is not well-formed XML (", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Contains("case global::MiniHttp.RequestMethod.Get:", run.GeneratedSource, System.StringComparison.Ordinal);
    }
}

using System.Globalization;
using Microsoft.CodeAnalysis;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Diagnostics;

/// <summary>Runs the generator on handlers that should get exactly one diagnostic, and checks it.</summary>
internal static class DiagnosticAssert
{
    /// <summary>
    /// Asserts the one diagnostic's id, the 1-based line it is on, the source text it points at and its message;
    /// and that nothing was generated for the broken handler (the application still compiles).
    /// </summary>
    public static void Single(string source, string id, int line, string located, string message)
    {
        var run = GeneratorHarness.Run(source);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal(located, source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Equal(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(run.CompilationProblems);
    }
}

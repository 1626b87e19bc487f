using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace MiniHttp.Generators.Tests.Infrastructure;

/// <summary>One run of the generator: the driver (to run again after an edit) and the compilation with its output.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Output)
{
    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    /// <summary>The diagnostics the generator reported.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>The one file the generator emits.</summary>
    public string GeneratedSource => Result.GeneratedSources.Single(source => source.HintName == "MiniHttp.Routes.g.cs").SourceText.ToString();

    /// <summary>Errors and warnings of the compilation with the generated file in it: what the application's build would see.</summary>
    public ImmutableArray<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
}

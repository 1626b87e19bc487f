using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Incrementality;

/// <summary>Two generator runs with one driver, the second after an edit, and why each tracked step ran again.</summary>
internal static class IncrementalRuns
{
    /// <summary>Runs the generator on <paramref name="files"/>, replaces one of them, and runs it again with the same driver.</summary>
    public static (GeneratorRun First, GeneratorRun Second) RunTwice(string[] files, int editedFile, string editedSource)
    {
        var compilation = GeneratorHarness.Compile(files);
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), compilation);

        var oldTree = compilation.SyntaxTrees.ElementAt(editedFile);
        var newTree = CSharpSyntaxTree.ParseText(editedSource, GeneratorHarness.ParseOptions, oldTree.FilePath);
        var second = GeneratorHarness.Run(first.Driver, compilation.ReplaceSyntaxTree(oldTree, newTree));
        return (first, second);
    }

    public static List<IncrementalStepRunReason> Reasons(GeneratorRun run, string step) =>
        run.Result.TrackedSteps[step].SelectMany(execution => execution.Outputs).Select(output => output.Reason).ToList();

    public static List<IncrementalStepRunReason> OutputReasons(GeneratorRun run) =>
        run.Result.TrackedOutputSteps.SelectMany(steps => steps.Value).SelectMany(execution => execution.Outputs).Select(output => output.Reason).ToList();
}

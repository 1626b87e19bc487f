using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace MiniHttp.Generators.Tests.Docs;

/// <summary>
/// Every <c>```csharp</c> block of README.md and docs/ compiles against the current API, through MiniHttp's generator,
/// with no warning; a block marked <c>&lt;!-- sample expects MH0004 --&gt;</c> makes the generator report that id and
/// nothing else. One case per block, named by file and line. The convention is in docs/architecture.md, "Samples".
/// </summary>
[Collection(nameof(DocSampleTests))]
public sealed class DocSampleTests
{
    private const string HowToFix =
        "Fix the sample, not the test (docs/architecture.md, \"Samples\"): make it real code against the current API; put what "
        + "it needs but should not show (a record, a JSON context, a using, a local) in a '<!-- sample' comment directly above "
        + "the fence, or in the file's '<!-- sample prelude' comment; fence a fragment that cannot compile as ```text.";

    private static readonly Lazy<IReadOnlyDictionary<string, DocSample>> Samples = new(() =>
        DocSampleReader.MarkdownFiles(RepositoryRoot())
            .SelectMany(path => DocSampleReader.Read(RepositoryRoot(), path))
            .ToDictionary(static sample => sample.Name));

    public static TheoryData<string> SampleNames() => new(Samples.Value.Keys);

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Sample_compiles_as_documented(string name)
    {
        var sample = Samples.Value[name];
        var compilation = DocSampleCompiler.Compile(sample);

        Assert.True(compilation.SyntaxErrors.IsEmpty, $"{name}: the block is not C# ({string.Join("; ", compilation.SyntaxErrors)}). {HowToFix}");
        var compilerProblems = compilation.CompilerDiagnostics.Select(compilation.Describe).ToList();
        var generatorIds = compilation.GeneratorDiagnostics.Select(static diagnostic => diagnostic.Id).Distinct().ToList();
        if (sample.ExpectedId is { } expected)
        {
            Assert.True(
                generatorIds.SequenceEqual([expected]),
                $"{name}: the block is documented as {expected}, but the generator reported "
                + (generatorIds.Count == 0 ? "nothing" : string.Join("; ", compilation.GeneratorDiagnostics.Select(compilation.Describe)))
                + $". Make the wrong form show exactly {expected}, or correct the id in its '<!-- sample expects' comment and the text around it.");
            Assert.True(
                compilerProblems.Count == 0,
                $"{name}: besides {expected}, the block does not compile: {string.Join("; ", compilerProblems)}. A wrong form must be wrong only in what {expected} reports. {HowToFix}");
        }
        else
        {
            var problems = compilation.GeneratorDiagnostics.Select(compilation.Describe).Concat(compilerProblems).ToList();
            Assert.True(
                problems.Count == 0,
                $"{name}: the block must compile with no diagnostic, but got: {string.Join("; ", problems)}. "
                + $"(A block that shows a mistake on purpose says so: '<!-- sample expects MH00xx -->' directly above it.) {HowToFix}");
        }
    }

    [Fact]
    public void The_docs_samples_are_found()
    {
        // A reader that found nothing would make every case above vanish, and the check with them.
        Assert.True(Samples.Value.Count > 80, $"only {Samples.Value.Count} ```csharp blocks were found in README.md and docs/");
        Assert.Contains(Samples.Value.Values, static sample => sample.ExpectedId is not null);
        Assert.Contains(Samples.Value.Values, static sample => sample.File == "README.md");
    }

    [Fact]
    public void A_wrong_form_and_a_fixed_form_are_told_apart()
    {
        var root = Path.Combine(Path.GetTempPath(), "minihttp-docs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "docs"));
        try
        {
            File.WriteAllText(Path.Combine(root, "docs", "x.md"), """
                <!-- sample expects MH0003 -->
                ```csharp
                [Get("/a")] public static int A<T>() => 1;
                ```

                ```csharp
                [Get("/a")] public static int A() => Missing.Value;
                ```

                ```csharp
                [Get("/a")] public static int A() => 1;
                ```
                """);

            var samples = DocSampleReader.Read(root, Path.Combine(root, "docs", "x.md"));

            Assert.Equal(["docs/x.md:2", "docs/x.md:6", "docs/x.md:10"], samples.Select(static sample => sample.Name));
            Assert.Equal(["MH0003"], DocSampleCompiler.Compile(samples[0]).GeneratorDiagnostics.Select(static diagnostic => diagnostic.Id));
            var broken = DocSampleCompiler.Compile(samples[1]);
            Assert.Equal("docs/x.md:7: CS0103: The name 'Missing' does not exist in the current context", broken.Describe(Assert.Single(broken.CompilerDiagnostics)));
            var fixedForm = DocSampleCompiler.Compile(samples[2]);
            Assert.Empty(fixedForm.GeneratorDiagnostics);
            Assert.Empty(fixedForm.CompilerDiagnostics);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MiniHttp.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No MiniHttp.sln above {AppContext.BaseDirectory}: the docs' samples are read from the repository root.");
    }
}

/// <summary>
/// A hundred compilations keep every core busy: they run alone, so that the loopback tests' servers, which answer within
/// a bounded wait, never share a loaded machine with them.
/// </summary>
[CollectionDefinition(nameof(DocSampleTests), DisableParallelization = true)]
public sealed class DocSamplesRunAlone;

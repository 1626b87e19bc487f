using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Docs;

/// <summary>
/// Compiles one doc sample as an application would: the prelude, the hidden context and the block put into one file by
/// shape (usings and assembly attributes first, then statements as a top-level program, then types, then members inside
/// a class <c>DocSample</c>), with the usings below in scope, run through MiniHttp's generator and System.Text.Json's,
/// against the framework, MiniHttp, the generic host's packages and Npgsql (the database example's driver).
/// Each piece keeps its Markdown line through <c>#line</c>, so a diagnostic points into the doc.
/// </summary>
internal static class DocSampleCompiler
{
    /// <summary>
    /// What every sample may use without showing a <c>using</c>: a console app's implicit usings, the generic host's
    /// namespaces, and MiniHttp's.
    /// </summary>
    public static readonly ImmutableArray<string> GlobalUsings =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net", "System.Net.Http", "System.Threading",
        "System.Threading.Tasks", "System.Text.Json.Serialization", "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging", "MiniHttp", "MiniHttp.Generated",
    ];

    private static readonly CSharpParseOptions ScriptOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    private static readonly ImmutableArray<MetadataReference> References = GeneratorHarness.FrameworkReferences()
        .Concat(Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.Extensions.*.dll").Select(path => MetadataReference.CreateFromFile(path)))
        .Append(MetadataReference.CreateFromFile(typeof(Npgsql.NpgsqlDataSource).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(HttpRequest).Assembly.Location))
        .ToImmutableArray();

    public static SampleCompilation Compile(DocSample sample)
    {
        var prelude = Parse(sample.File, sample.Prelude);
        var context = Parse(sample.File, sample.Context);
        var block = Parse(sample.File, sample.Code);
        var syntaxErrors = prelude.Errors.Concat(context.Errors).Concat(block.Errors).ToImmutableArray();

        // What the block declares itself replaces the prelude's declaration of the same name.
        var declared = context.Nodes.Concat(block.Nodes).Select(static node => DeclaredName(node.Node)).OfType<string>().ToHashSet();
        var source = new StringBuilder();
        var nodes = prelude.Nodes.Where(node => DeclaredName(node.Node) is not { } name || !declared.Contains(name))
            .Concat(context.Nodes)
            .Concat(block.Nodes)
            .ToList();
        AppendAll(source, nodes, static node => node is UsingDirectiveSyntax);
        AppendAll(source, nodes, static node => node is AttributeListSyntax);
        var isProgram = nodes.Any(static node => IsStatement(node.Node));
        AppendAll(source, nodes, IsStatement);
        AppendAll(source, nodes, IsType);
        if (nodes.Any(static node => IsMember(node.Node)))
        {
            source.Append("#line default\npublic sealed partial class DocSample\n{\n");
            AppendAll(source, nodes, IsMember);
            source.Append("#line default\n}\n");
        }

        var usings = string.Concat(GlobalUsings.Select(static name => $"global using {name};\n"));
        var compilation = CSharpCompilation.Create(
            "DocSample",
            [
                CSharpSyntaxTree.ParseText(usings, GeneratorHarness.ParseOptions, path: "GlobalUsings.cs"),
                CSharpSyntaxTree.ParseText(source.ToString(), GeneratorHarness.ParseOptions, path: "DocSample.cs"),
            ],
            References,
            new CSharpCompilationOptions(
                isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                concurrentBuild: false));

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new RouteGenerator().AsSourceGenerator(), GeneratorHarness.JsonGenerator()],
            parseOptions: GeneratorHarness.ParseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var generatorDiagnostics = driver.GetRunResult().Results.SelectMany(static result => result.Diagnostics).ToImmutableArray();
        var compilerDiagnostics = output.GetDiagnostics()
            .Where(static diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .ToImmutableArray();
        return new SampleCompilation(syntaxErrors, generatorDiagnostics, compilerDiagnostics, compilation.SyntaxTrees[1]);
    }

    /// <summary>The name a type declares, or the attribute an <c>[assembly: ...]</c> list sets; null for anything else.</summary>
    private static string? DeclaredName(SyntaxNode node) => node switch
    {
        BaseTypeDeclarationSyntax type => type.Identifier.Text,
        DelegateDeclarationSyntax type => type.Identifier.Text,
        AttributeListSyntax { Attributes: [var attribute] } => "[" + attribute.Name.ToString().Split('.')[^1],
        _ => null,
    };

    /// <summary>
    /// A statement of a top-level program. Script code, which lets members and statements mix at the top, reads
    /// <c>var server = ...;</c> as a field: a field without modifiers is taken for the local it is in a program.
    /// </summary>
    private static bool IsStatement(SyntaxNode node) => node is GlobalStatementSyntax or FieldDeclarationSyntax { Modifiers.Count: 0, AttributeLists.Count: 0 };

    private static bool IsType(SyntaxNode node) => node is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or BaseNamespaceDeclarationSyntax;

    /// <summary>A method, property or field of the class <c>DocSample</c>.</summary>
    private static bool IsMember(SyntaxNode node) => node is MemberDeclarationSyntax && !IsType(node) && !IsStatement(node);

    private static void AppendAll(StringBuilder source, List<PlacedNode> nodes, Func<SyntaxNode, bool> belongs)
    {
        foreach (var node in nodes.Where(node => belongs(node.Node)))
        {
            source.Append(CultureInfo.InvariantCulture, $"#line {node.Line} \"{node.File}\"\n");
            source.Append(node.Node.ToFullString().TrimEnd()).Append('\n');
        }
    }

    /// <summary>The top-level nodes of a piece, each with the Markdown line its text (leading comments included) starts on, and its syntax errors.</summary>
    private static (List<PlacedNode> Nodes, List<string> Errors) Parse(string file, SampleText text)
    {
        // Script code takes members and statements mixed at the top, but not `await using`, which a program takes.
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(text.Text, ScriptOptions).GetRoot();
        if (root.ContainsDiagnostics
            && CSharpSyntaxTree.ParseText(text.Text, GeneratorHarness.ParseOptions).GetRoot() is CompilationUnitSyntax { ContainsDiagnostics: false } program)
        {
            root = program;
        }

        var errors = root.GetDiagnostics()
            .Where(static diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .Select(diagnostic => $"{file}:{text.FirstLine + diagnostic.Location.GetLineSpan().StartLinePosition.Line}: {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}")
            .ToList();
        var nodes = root.Usings.Cast<SyntaxNode>()
            .Concat(root.AttributeLists)
            .Concat(root.Members)
            .Select(node => new PlacedNode(node, file, text.FirstLine + root.SyntaxTree.GetLineSpan(node.FullSpan).StartLinePosition.Line))
            .ToList();
        return (nodes, errors);
    }

    private sealed record PlacedNode(SyntaxNode Node, string File, int Line);
}

/// <summary>What compiling a sample gave: syntax errors of its pieces, the generator's diagnostics, the compiler's warnings and errors.</summary>
internal sealed record SampleCompilation(
    ImmutableArray<string> SyntaxErrors,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilerDiagnostics,
    SyntaxTree Sample)
{
    /// <summary>A diagnostic where it is in the Markdown: the generator reports its own at the sample's file, past <c>#line</c>.</summary>
    public string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan().Path == Sample.FilePath
            ? Sample.GetMappedLineSpan(diagnostic.Location.SourceSpan)
            : diagnostic.Location.GetMappedLineSpan();
        var place = span.IsValid ? $"{span.Path}:{span.StartLinePosition.Line + 1}" : "(generated code)";
        return $"{place}: {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }
}

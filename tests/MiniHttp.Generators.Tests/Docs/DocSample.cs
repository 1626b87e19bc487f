using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace MiniHttp.Generators.Tests.Docs;

/// <summary>
/// One <c>```csharp</c> block of the docs, with what its <c>&lt;!-- sample ... --&gt;</c> comment says about it: the
/// diagnostic it must make the generator report, and hidden code it is compiled with. Lines are 1-based lines of the
/// Markdown file, so a failure names the place to edit.
/// </summary>
/// <param name="File">The Markdown file, relative to the repository root, with <c>/</c> separators.</param>
/// <param name="Line">The line of the opening fence.</param>
/// <param name="Code">The block's code and the line of the file it starts on.</param>
/// <param name="Context">The hidden code of the block's comment (may be empty) and the line it starts on.</param>
/// <param name="Prelude">The hidden code of the file's <c>&lt;!-- sample prelude ... --&gt;</c> comment, if any.</param>
/// <param name="ExpectedId">The one diagnostic id the block must make the generator report, or null for none at all.</param>
internal sealed record DocSample(string File, int Line, SampleText Code, SampleText Context, SampleText Prelude, string? ExpectedId)
{
    public string Name => $"{File}:{Line}";
}

/// <summary>A piece of C# from a Markdown file and the 1-based line of the file its first line is on.</summary>
internal readonly record struct SampleText(string Text, int FirstLine)
{
    public static SampleText None => new(string.Empty, 1);
}

/// <summary>
/// Reads the C# samples out of Markdown. The convention (docs/architecture.md, "Samples"): every block fenced
/// <c>```csharp</c> is compiled; an HTML comment directly above the fence that starts with <c>&lt;!-- sample</c> may say
/// <c>expects MH0004</c> on its first line and holds, on the lines after it, code compiled with the block but not shown;
/// a comment starting with <c>&lt;!-- sample prelude</c> holds code compiled with every block of its file.
/// </summary>
internal static partial class DocSampleReader
{
    /// <summary>The fence languages that mean C# (in any case); only <c>csharp</c> is allowed, so that no C# escapes the check.</summary>
    private static readonly string[] CSharpFences = ["csharp", "cs", "c#"];

    public static IEnumerable<string> MarkdownFiles(string root) =>
        new[] { Path.Combine(root, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));

    /// <summary>The samples of one file; a misplaced comment or a C# block fenced otherwise than <c>csharp</c> throws.</summary>
    public static IReadOnlyList<DocSample> Read(string root, string path)
    {
        var file = Path.GetRelativePath(root, path).Replace('\\', '/');
        var lines = System.IO.File.ReadAllLines(path);
        var samples = new List<DocSample>();
        var prelude = SampleText.None;
        SampleComment? pending = null;

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("<!-- sample", StringComparison.Ordinal))
            {
                var comment = ReadComment(lines, ref i, file);
                if (comment.IsPrelude)
                {
                    prelude = comment.Code;
                }
                else
                {
                    pending = comment;
                }

                continue;
            }

            if (!line.StartsWith("```", StringComparison.Ordinal))
            {
                if (pending is not null && line.Length > 0)
                {
                    throw new InvalidDataException($"{file}:{pending.Line}: a <!-- sample --> comment must be directly above the ```csharp fence of its block.");
                }

                continue;
            }

            var language = line[3..].Trim();
            if (language != "csharp" && CSharpFences.Contains(language, StringComparer.OrdinalIgnoreCase))
            {
                throw new InvalidDataException($"{file}:{i + 1}: fence C# as ```csharp, so that the docs' sample test compiles it.");
            }

            var start = i;
            var code = new List<string>();
            for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
            {
                code.Add(lines[i]);
            }

            if (language == "csharp")
            {
                samples.Add(new DocSample(
                    file,
                    start + 1,
                    new SampleText(string.Join('\n', code), start + 2),
                    pending?.Code ?? SampleText.None,
                    prelude,
                    pending?.ExpectedId));
            }
            else if (pending is not null)
            {
                throw new InvalidDataException($"{file}:{pending.Line}: a <!-- sample --> comment belongs above a ```csharp block, not a ```{language} one.");
            }

            pending = null;
        }

        // A prelude may come after the first blocks in the file; it applies to every block of the file all the same.
        return samples.Select(sample => sample with { Prelude = prelude }).ToList();
    }

    private static SampleComment ReadComment(string[] lines, ref int i, string file)
    {
        var start = i;
        var header = lines[i]["<!-- sample".Length..];
        var closedOnFirstLine = header.EndsWith("-->", StringComparison.Ordinal);
        if (closedOnFirstLine)
        {
            header = header[..^3];
        }

        var words = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var isPrelude = words is ["prelude"];
        var expectedId = words switch
        {
            [] or ["prelude"] => null,
            ["expects", var id] when DiagnosticId().IsMatch(id) => id,
            _ => throw new InvalidDataException(
                $"{file}:{start + 1}: a sample comment's first line is '<!-- sample', '<!-- sample expects MH0000' or '<!-- sample prelude', not '{lines[start]}'."),
        };

        var code = new List<string>();
        if (!closedOnFirstLine)
        {
            for (i++; ; i++)
            {
                if (i == lines.Length)
                {
                    throw new InvalidDataException($"{file}:{start + 1}: the sample comment is never closed with '-->'.");
                }

                if (lines[i].TrimEnd() == "-->")
                {
                    break;
                }

                code.Add(lines[i]);
            }
        }

        return new SampleComment(start + 1, isPrelude, expectedId, new SampleText(string.Join('\n', code), start + 2));
    }

    [GeneratedRegex("^MH[0-9]{4}$")]
    private static partial Regex DiagnosticId();

    private sealed record SampleComment(int Line, bool IsPrelude, string? ExpectedId, SampleText Code);
}

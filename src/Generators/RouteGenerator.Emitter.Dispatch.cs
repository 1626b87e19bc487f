using System;
using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>
        /// The most paths one test compares whole, one after the other: below this, a switch on a byte costs more
        /// than the comparisons it saves.
        /// </summary>
        private const int MaxPathsCompared = 4;

        /// <summary>
        /// The most paths a switch on a byte covers inline, in the method of the switch around it; a larger one is a
        /// method of its own, so that no method grows so large that the JIT gives up optimising it.
        /// </summary>
        private const int MaxPathsInline = 16;

        private const string MatchParameters = "ReadOnlySpan<byte> path, scoped in global::MiniHttp.HttpRequest request, global::MiniHttp.HttpResponse response";

        /// <summary>
        /// Writes the switch on the path's length that starts <c>Dispatch</c>: each length that a literal path (or
        /// <c>*</c>) has calls the method that matches the paths of that length, which answers and returns true when
        /// one is the request's.
        /// </summary>
        private static void WriteLengthSwitch(IndentedTextWriter writer, List<Matcher> lengths)
        {
            writer.WriteLine("ReadOnlySpan<byte> path = request.Path;");
            writer.WriteLine("var answered = path.Length switch");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var length in lengths)
            {
                writer.WriteLine($"{length.Length} => {length.Name}(path, in request, response),");
            }

            writer.WriteLine("_ => false,");
            writer.Indent--;
            writer.WriteLine("};");
            writer.WriteLine("if (answered)");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("return;");
            writer.Indent--;
            writer.WriteLine("}");
        }

        /// <summary>One matcher per length of the literal paths (and <c>*</c>), shortest first, each over its paths in ordinal order.</summary>
        private static List<Matcher> LengthMatchers(List<PathCase> paths) => paths
            .GroupBy(static path => path.Path.Length)
            .OrderBy(static sameLength => sameLength.Key)
            .Select(static sameLength => new Matcher(
                "Length" + sameLength.Key.ToString(CultureInfo.InvariantCulture),
                sameLength.OrderBy(static path => path.Path, StringComparer.Ordinal).ToList(),
                Conditions: string.Empty))
            .ToList();

        /// <summary>
        /// Writes the method of one matcher, and after it the methods of the switches it leaves to matchers of their
        /// own, depth first.
        /// </summary>
        private static void WriteMatcher(IndentedTextWriter writer, Matcher matcher)
        {
            var split = new List<Matcher>();
            writer.WriteLine($"// Paths of {matcher.Length} {(matcher.Length == "1" ? "byte" : "bytes")}{matcher.Conditions}.");
            writer.WriteLine($"private bool {matcher.Name}({MatchParameters})");
            writer.WriteLine("{");
            writer.Indent++;
            WriteMatchNode(writer, matcher, split);
            writer.Indent--;
            writer.WriteLine("}");

            foreach (var splitMatcher in split)
            {
                writer.WriteLineNoTabs(string.Empty);
                WriteMatcher(writer, splitMatcher);
            }
        }

        /// <summary>
        /// Writes the statements that find which of the matcher's paths is the request's and answer it, ending in
        /// <c>return false</c> when none is: a few paths are compared whole; more are told apart by a switch on the
        /// byte where they differ most, each case matching the paths with that byte there in the same way, inline or,
        /// when it has many, in a matcher of its own added to <paramref name="split"/>.
        /// </summary>
        private static void WriteMatchNode(IndentedTextWriter writer, Matcher node, List<Matcher> split)
        {
            if (node.Paths.Count <= MaxPathsCompared)
            {
                foreach (var path in node.Paths)
                {
                    writer.WriteLine($"if (path.SequenceEqual({Utf8Literal(path.Path)}))");
                    writer.WriteLine("{");
                    writer.Indent++;
                    writer.WriteLine($"{path.Name}(in request, response);");
                    writer.WriteLine("return true;");
                    writer.Indent--;
                    writer.WriteLine("}");
                    writer.WriteLineNoTabs(string.Empty);
                }

                writer.WriteLine("return false;");
                return;
            }

            var position = MostDiscriminatingPosition(node.Paths);
            var index = position.ToString(CultureInfo.InvariantCulture);
            writer.WriteLine($"switch (path[{index}])");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var sameByte in node.Paths.GroupBy(path => path.Path[position]).OrderBy(static sameByte => sameByte.Key))
            {
                var byteLiteral = SymbolDisplay.FormatLiteral(sameByte.Key, quote: true);
                writer.WriteLine($"case (byte){byteLiteral}:");
                writer.Indent++;
                var caseNode = new Matcher(
                    $"{node.Name}_At{index}_{IdentifierCharacter(sameByte.Key)}",
                    sameByte.ToList(),
                    $"{node.Conditions}, {byteLiteral} at {index}");
                if (caseNode.Paths.Count > MaxPathsInline)
                {
                    split.Add(caseNode);
                    writer.WriteLine($"return {caseNode.Name}(path, in request, response);");
                }
                else
                {
                    WriteMatchNode(writer, caseNode, split);
                }

                writer.Indent--;
            }

            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("return false;");
        }

        /// <summary>
        /// The index at which <paramref name="paths"/> (of one length, all different) have the most different bytes,
        /// so a switch on it leaves the fewest paths in each case; of equals, the one whose largest case is smallest,
        /// then the first.
        /// </summary>
        private static int MostDiscriminatingPosition(List<PathCase> paths) => Enumerable
            .Range(0, paths[0].Path.Length)
            .Select(position =>
            {
                var caseSizes = paths.GroupBy(path => path.Path[position]).Select(static sameByte => sameByte.Count()).ToList();
                return (Position: position, Cases: caseSizes.Count, Largest: caseSizes.Max());
            })
            .OrderByDescending(static candidate => candidate.Cases)
            .ThenBy(static candidate => candidate.Largest)
            .ThenBy(static candidate => candidate.Position)
            .First()
            .Position;

        /// <summary>A byte of a path as part of a method's name: itself when a letter or digit, else its code in hex, <c>x2D</c>.</summary>
        private static string IdentifierCharacter(char c) =>
            c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
                ? c.ToString()
                : "x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture);

        /// <summary>
        /// Literal paths of one length and the method that matches them: all of a length, or those of a switch case
        /// with many.
        /// </summary>
        /// <param name="Conditions">The bytes the paths are known to share, for the method's comment: <c>, '5' at 12</c>.</param>
        private sealed record Matcher(string Name, List<PathCase> Paths, string Conditions)
        {
            public string Length => Paths[0].Path.Length.ToString(CultureInfo.InvariantCulture);
        }
    }
}

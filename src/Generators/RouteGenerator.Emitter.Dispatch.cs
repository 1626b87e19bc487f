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
        private static void WriteLengthSwitch(IndentedTextWriter writer, List<LengthCase> lengths)
        {
            writer.WriteLine("ReadOnlySpan<byte> path = request.Path;");
            writer.WriteLine("var answered = path.Length switch");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var length in lengths)
            {
                writer.WriteLine($"{length.Length.ToString(CultureInfo.InvariantCulture)} => {length.Name}(path, in request, response),");
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

        /// <summary>The literal paths (and <c>*</c>) grouped by length, shortest first, each group in ordinal order.</summary>
        private static List<LengthCase> LengthCases(List<PathCase> paths) => paths
            .GroupBy(static path => path.Path.Length)
            .OrderBy(static sameLength => sameLength.Key)
            .Select(static sameLength => new LengthCase(
                sameLength.Key,
                "Length" + sameLength.Key.ToString(CultureInfo.InvariantCulture),
                sameLength.OrderBy(static path => path.Path, StringComparer.Ordinal).ToList()))
            .ToList();

        /// <summary>
        /// Writes the method that matches the paths of one length, and the methods its larger byte switches are
        /// split into.
        /// </summary>
        private static void WriteLengthMatcher(IndentedTextWriter writer, LengthCase length)
        {
            writer.WriteLine($"// Paths of {length.Length.ToString(CultureInfo.InvariantCulture)} {(length.Length == 1 ? "byte" : "bytes")}.");
            WriteMatcherMethod(writer, length.Name, length.Paths, conditions: string.Empty);
        }

        /// <summary>
        /// Writes one matcher method over <paramref name="paths"/>, all of the same length, and after it the methods
        /// of the switches it leaves to others.
        /// </summary>
        /// <param name="conditions">The bytes every one of the paths is known to have, for the comment: <c>, '5' at 12</c>.</param>
        private static void WriteMatcherMethod(IndentedTextWriter writer, string name, List<PathCase> paths, string conditions)
        {
            var split = new List<(string Name, List<PathCase> Paths, string Conditions)>();
            writer.WriteLine($"private static bool {name}({MatchParameters})");
            writer.WriteLine("{");
            writer.Indent++;
            WriteMatchNode(writer, name, paths, conditions, split);
            writer.Indent--;
            writer.WriteLine("}");

            foreach (var (splitName, splitPaths, splitConditions) in split)
            {
                writer.WriteLineNoTabs(string.Empty);
                var length = splitPaths[0].Path.Length.ToString(CultureInfo.InvariantCulture);
                writer.WriteLine($"// Paths of {length} bytes{splitConditions}.");
                WriteMatcherMethod(writer, splitName, splitPaths, splitConditions);
            }
        }

        /// <summary>
        /// Writes the statements that find which of <paramref name="paths"/> is the request's and answer it, ending in
        /// <c>return false</c> when none is: a few paths are compared whole; more are told apart by a switch on the
        /// byte where they differ most, each case matching the paths with that byte there in the same way.
        /// </summary>
        private static void WriteMatchNode(
            IndentedTextWriter writer,
            string methodName,
            List<PathCase> paths,
            string conditions,
            List<(string Name, List<PathCase> Paths, string Conditions)> split)
        {
            if (paths.Count <= MaxPathsCompared)
            {
                foreach (var path in paths)
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

            var position = MostDiscriminatingPosition(paths);
            var index = position.ToString(CultureInfo.InvariantCulture);
            writer.WriteLine($"switch (path[{index}])");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var sameByte in paths.GroupBy(path => path.Path[position]).OrderBy(static sameByte => sameByte.Key))
            {
                var byteLiteral = SymbolDisplay.FormatLiteral(sameByte.Key, quote: true);
                var caseConditions = $"{conditions}, {byteLiteral} at {index}";
                var casePaths = sameByte.ToList();
                writer.WriteLine($"case (byte){byteLiteral}:");
                writer.Indent++;
                if (casePaths.Count > MaxPathsInline)
                {
                    var caseName = $"{methodName}_At{index}_{IdentifierCharacter(sameByte.Key)}";
                    split.Add((caseName, casePaths, caseConditions));
                    writer.WriteLine($"return {caseName}(path, in request, response);");
                }
                else
                {
                    WriteMatchNode(writer, methodName, casePaths, caseConditions, split);
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
                var groupSizes = paths.GroupBy(path => path.Path[position]).Select(static sameByte => sameByte.Count()).ToList();
                return (Position: position, Distinct: groupSizes.Count, Largest: groupSizes.Max());
            })
            .OrderByDescending(static candidate => candidate.Distinct)
            .ThenBy(static candidate => candidate.Largest)
            .ThenBy(static candidate => candidate.Position)
            .First()
            .Position;

        /// <summary>A byte of a path as part of a method's name: itself when a letter or digit, else its code in hex, <c>x2D</c>.</summary>
        private static string IdentifierCharacter(char c) =>
            c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
                ? c.ToString()
                : "x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture);

        /// <summary>The literal paths of one length and the name of the method that matches them.</summary>
        private sealed record LengthCase(int Length, string Name, List<PathCase> Paths);
    }
}

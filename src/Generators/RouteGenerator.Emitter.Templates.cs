using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>
        /// The templates' matchers, one per shape (routes whose templates differ only in their parameters' names
        /// share one), in the route table's order: most specific first.
        /// </summary>
        private static List<TemplateCase> TemplateCases(List<Binder> binders)
        {
            var taken = new HashSet<string>();
            return binders
                .Where(static binder => !binder.Route.IsLiteral)
                .GroupBy(static binder => RoutePrecedence.Shape(binder.Route.Segments))
                .Select(sameShape =>
                {
                    var first = sameShape.First().Route;
                    return new TemplateCase(UniqueName("Match_" + IdentifierPart(first.Path), taken), first.Path, first.Segments, sameShape.ToList());
                })
                .ToList();
        }

        private static void WriteTemplateCalls(IndentedTextWriter writer, List<TemplateCase> templates)
        {
            if (templates.Count == 0)
            {
                return;
            }

            writer.WriteLine("// Templates, most specific first: the first whose segments all match the path answers it.");
            WriteIfAny(writer, templates.Select(static template => $"{template.Name}(path, in request, response)").ToList(), "return;");
        }

        /// <summary>Writes <c>if (a || b || ...) { statement }</c>, one condition a line, and a blank line after it.</summary>
        private static void WriteIfAny(IndentedTextWriter writer, List<string> conditions, string statement)
        {
            for (var i = 0; i < conditions.Count; i++)
            {
                writer.WriteLine($"{(i == 0 ? "if (" : "    || ")}{conditions[i]}{(i == conditions.Count - 1 ? ")" : string.Empty)}");
            }

            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine(statement);
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
        }

        /// <summary>
        /// Writes the method that answers a path matching one template shape: it takes the path apart segment by
        /// segment, and returns false, having written nothing, at the first segment that does not match.
        /// </summary>
        private static void WriteTemplateMatcher(IndentedTextWriter writer, TemplateCase template)
        {
            writer.WriteLine($"// {template.Template}");
            writer.WriteLine($"private bool {template.Name}(ReadOnlySpan<byte> path, scoped in global::MiniHttp.HttpRequest request, global::MiniHttp.HttpResponse response)");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("var segments = new global::MiniHttp.Routing.PathSegments(path);");
            WriteSegmentTests(writer, template.Segments, open: "if (!(", close: "))");

            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("return false;");
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);

            var routeArguments = string.Concat(template.Segments
                .Select(static (segment, i) => (segment, position: i + 1))
                .Where(static s => s.segment.Kind != RouteSegmentKind.Literal)
                .Select(static s => ", " + SegmentLocal(s.segment, s.position)));
            WriteMethodSwitch(writer, template.Binders, routeArguments, answered: "return true;");
            writer.Indent--;
            writer.WriteLine("}");
        }

        /// <summary>
        /// Writes the test of a template's segments, one a line between <paramref name="open"/> and <paramref name="close"/>:
        /// true when the path held by <c>segments</c> matches the template.
        /// </summary>
        private static void WriteSegmentTests(IndentedTextWriter writer, EquatableArray<RouteSegment> segments, string open, string close)
        {
            var tests = segments.Select(static (segment, i) => SegmentCondition(segment, i + 1)).ToList();
            if (segments[segments.Count - 1].Kind != RouteSegmentKind.CatchAll)
            {
                tests.Add("segments.IsEnd");
            }

            for (var i = 0; i < tests.Count; i++)
            {
                writer.WriteLine($"{(i == 0 ? open : "    && ")}{tests[i]}{(i == tests.Count - 1 ? close : string.Empty)}");
            }
        }

        /// <summary>The test of one segment; a constrained value is parsed here, since a value that fails it means no match.</summary>
        private static string SegmentCondition(RouteSegment segment, int position)
        {
            var raw = RawSegmentLocal(position);
            return segment.Kind switch
            {
                RouteSegmentKind.Literal => $"segments.TryTakeLiteral({Utf8Literal(segment.Text)})",
                RouteSegmentKind.CatchAll => $"segments.TryTakeRest(out var {raw})",
                RouteSegmentKind.Parameter => $"segments.TryTakeValue(out var {raw})",
                _ => $"segments.TryTakeValue(out var {raw}) && RouteValues.{RouteParseMethod(segment.Kind)}({raw}, out var {SegmentLocal(segment, position)})",
            };
        }

        /// <summary>What a matcher passes a binder for a route parameter: its parsed value when constrained, else its raw bytes.</summary>
        private static string SegmentLocal(RouteSegment segment, int position) => IsConstrained(segment.Kind)
            ? "value_" + position.ToString(CultureInfo.InvariantCulture)
            : RawSegmentLocal(position);

        private static string RawSegmentLocal(int position) => "segment_" + position.ToString(CultureInfo.InvariantCulture);

        private static bool IsConstrained(RouteSegmentKind kind) =>
            kind is RouteSegmentKind.Int32Parameter or RouteSegmentKind.Int64Parameter or RouteSegmentKind.GuidParameter;

        private static string RouteParseMethod(RouteSegmentKind kind) => kind switch
        {
            RouteSegmentKind.Int32Parameter => "TryParseInt32",
            RouteSegmentKind.Int64Parameter => "TryParseInt64",
            _ => "TryParseGuid",
        };

        /// <summary>The routes of one template shape, the name of their matcher and the template its comment shows.</summary>
        private sealed record TemplateCase(string Name, string Template, EquatableArray<RouteSegment> Segments, List<Binder> Binders);
    }
}

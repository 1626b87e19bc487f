using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Linq;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        private static readonly string[] GetAndHead = ["Get", "Head"];

        /// <summary>
        /// Writes <c>StreamsBody</c> when a handler reads its body as it arrives: true exactly for the requests
        /// <c>Dispatch</c> gives such a handler, matched the same way (literal paths first, then the templates in
        /// order), so the server hands those requests over at their head. An app without one keeps the interface's
        /// default, false, which the JIT folds away.
        /// </summary>
        private static void WriteStreamsBody(IndentedTextWriter writer, List<PathCase> paths, List<TemplateCase> templates)
        {
            var streamingPaths = paths.Where(static path => path.Binders.Any(static binder => binder.Route.Handler.StreamsBody)).ToList();
            var lastStreamingTemplate = templates.FindLastIndex(static template => template.Binders.Any(static binder => binder.Route.Handler.StreamsBody));
            if (streamingPaths.Count == 0 && lastStreamingTemplate < 0)
            {
                return;
            }

            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>Whether the handler of this request reads its body as it arrives, so the server hands it over at its head.</summary>");
            writer.WriteLine("public static bool StreamsBody(global::MiniHttp.RequestMethod method, ReadOnlySpan<byte> path)");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var path in streamingPaths)
            {
                writer.WriteLine($"if (path.SequenceEqual({Utf8Literal(path.Path)}))");
                WriteStreamingMethods(writer, path.Binders);
                writer.WriteLineNoTabs(string.Empty);
            }

            if (lastStreamingTemplate >= 0)
            {
                var otherPaths = paths.Except(streamingPaths).Where(static path => path.Path != AsteriskPath).ToList();
                if (otherPaths.Count > 0)
                {
                    // A literal path is answered by its own routes, never by a template that also matches it.
                    WriteIfAny(writer, otherPaths.Select(static path => $"path.SequenceEqual({Utf8Literal(path.Path)})").ToList(), "return false;");
                }

                for (var i = 0; i <= lastStreamingTemplate; i++)
                {
                    WriteStreamingTemplate(writer, templates[i]);
                }
            }

            writer.WriteLine("return false;");
            writer.Indent--;
            writer.WriteLine("}");
        }

        /// <summary>Writes the test of one template shape: the first shape that matches the path decides, as in <c>Dispatch</c>.</summary>
        private static void WriteStreamingTemplate(IndentedTextWriter writer, TemplateCase template)
        {
            writer.WriteLine($"// {template.Template}");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("var segments = new global::MiniHttp.Routing.PathSegments(path);");
            WriteSegmentTests(writer, template.Segments, open: "if (", close: ")");

            WriteStreamingMethods(writer, template.Binders);
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
        }

        /// <summary>
        /// Writes the block that answers for a matched path: whether the request's method is one whose handler streams.
        /// A <c>GET</c> handler answers <c>HEAD</c> too; a method routing knows only as <c>Other</c> streams if any such
        /// route on the path does, and <c>Dispatch</c> then tells the exact token apart.
        /// </summary>
        private static void WriteStreamingMethods(IndentedTextWriter writer, List<Binder> binders)
        {
            var members = binders
                .Where(static binder => binder.Route.Handler.StreamsBody)
                .SelectMany(static binder => binder.Route.Method == HttpMethods.Get
                    ? GetAndHead
                    : [HttpMethods.RequestMethodMember(binder.Route.Method) ?? "Other"])
                .Distinct()
                .Select(static member => "global::MiniHttp.RequestMethod." + member)
                .ToList();
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine(members.Count == 0 ? "return false;" : $"return method is {string.Join(" or ", members)};");
            writer.Indent--;
            writer.WriteLine("}");
        }
    }
}

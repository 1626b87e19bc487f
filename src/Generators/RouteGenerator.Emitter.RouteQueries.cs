using System;
using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Linq;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>
        /// Writes a static method of the router that tells the server, from a request's method and path alone, something
        /// about the route <c>Dispatch</c> will give it (whether it streams its body, how large a body it buffers), when
        /// some route <paramref name="applies"/>; else nothing, so the interface's default stands. Paths are matched the
        /// same way as in <c>Dispatch</c> (literal paths first, then the templates in order, the first whose shape
        /// matches deciding), but only those with such a route are tested: every other request gets
        /// <paramref name="otherwise"/>.
        /// </summary>
        /// <param name="signature">The method's summary comment and declaration lines.</param>
        /// <param name="writeAnswer">Writes the block that answers for a matched path, given its routes.</param>
        private static void WriteRouteQuery(
            IndentedTextWriter writer,
            List<PathCase> paths,
            List<TemplateCase> templates,
            Func<Binder, bool> applies,
            string[] signature,
            string otherwise,
            Action<IndentedTextWriter, List<Binder>> writeAnswer)
        {
            var answeredPaths = paths.Where(path => path.Binders.Any(applies)).ToList();
            var lastAnsweredTemplate = templates.FindLastIndex(template => template.Binders.Any(applies));
            if (answeredPaths.Count == 0 && lastAnsweredTemplate < 0)
            {
                return;
            }

            writer.WriteLineNoTabs(string.Empty);
            foreach (var line in signature)
            {
                writer.WriteLine(line);
            }

            writer.WriteLine("{");
            writer.Indent++;
            foreach (var path in answeredPaths)
            {
                writer.WriteLine($"if (path.SequenceEqual({Utf8Literal(path.Path)}))");
                writeAnswer(writer, path.Binders);
                writer.WriteLineNoTabs(string.Empty);
            }

            if (lastAnsweredTemplate >= 0)
            {
                var otherPaths = paths.Except(answeredPaths).Where(static path => path.Path != AsteriskPath).ToList();
                if (otherPaths.Count > 0)
                {
                    // A literal path is answered by its own routes, never by a template that also matches it.
                    WriteIfAny(writer, otherPaths.Select(static path => $"path.SequenceEqual({Utf8Literal(path.Path)})").ToList(), otherwise);
                }

                for (var i = 0; i <= lastAnsweredTemplate; i++)
                {
                    WriteQueriedTemplate(writer, templates[i], writeAnswer);
                }
            }

            writer.WriteLine(otherwise);
            writer.Indent--;
            writer.WriteLine("}");
        }

        /// <summary>Writes the test of one template shape: the first shape that matches the path decides, as in <c>Dispatch</c>.</summary>
        private static void WriteQueriedTemplate(IndentedTextWriter writer, TemplateCase template, Action<IndentedTextWriter, List<Binder>> writeAnswer)
        {
            writer.WriteLine($"// {template.Template}");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("var segments = new global::MiniHttp.Routing.PathSegments(path);");
            WriteSegmentTests(writer, template.Segments, open: "if (", close: ")");

            writeAnswer(writer, template.Binders);
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
        }

        /// <summary>
        /// The <c>RequestMethod</c> members a route answers: <c>GET</c> answers <c>HEAD</c> too; a method routing knows
        /// only as <c>Other</c> is <c>Other</c>, and <c>Dispatch</c> then tells the exact token apart.
        /// </summary>
        private static IEnumerable<string> RequestMethodMembers(Binder binder) => binder.Route.Method == HttpMethods.Get
            ? GetAndHead
            : [HttpMethods.RequestMethodMember(binder.Route.Method) ?? "Other"];
    }
}

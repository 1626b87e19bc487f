using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Linq;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        private static readonly string[] GetAndHead = ["Get", "Head"];

        /// <summary>
        /// Writes <c>StreamsBody</c> when a handler reads its body as it arrives: true exactly for the requests
        /// <c>Dispatch</c> gives such a handler, so the server hands those requests over at their head. An app without
        /// one keeps the interface's default, false, which the JIT folds away.
        /// </summary>
        private static void WriteStreamsBody(IndentedTextWriter writer, List<PathCase> paths, List<TemplateCase> templates) =>
            WriteRouteQuery(
                writer,
                paths,
                templates,
                static binder => binder.Route.Handler.StreamsBody,
                [
                    "/// <summary>Whether the handler of this request reads its body as it arrives, so the server hands it over at its head.</summary>",
                    "public static bool StreamsBody(global::MiniHttp.RequestMethod method, ReadOnlySpan<byte> path)",
                ],
                otherwise: "return false;",
                WriteStreamingMethods);

        /// <summary>
        /// Writes the block that answers for a matched path: whether the request's method is one whose handler streams.
        /// A method routing knows only as <c>Other</c> streams if any such route on the path does.
        /// </summary>
        private static void WriteStreamingMethods(IndentedTextWriter writer, List<Binder> binders)
        {
            var members = binders
                .Where(static binder => binder.Route.Handler.StreamsBody)
                .SelectMany(RequestMethodMembers)
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

using System.CodeDom.Compiler;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>
        /// Writes <c>Routes</c>: the route table as data, in the order <c>Dispatch</c> tries it, so an app can print
        /// what it serves (the Arena sample's <c>--routes</c>) without discovering anything at run time.
        /// </summary>
        private static void WriteRouteList(IndentedTextWriter writer, List<Binder> binders)
        {
            writer.WriteLine("/// <summary>Every route this router answers, as its attribute declares it.</summary>");
            if (binders.Count == 0)
            {
                writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<global::MiniHttp.RouteDescription> Routes { get; } = [];");
                writer.WriteLineNoTabs(string.Empty);
                return;
            }

            writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<global::MiniHttp.RouteDescription> Routes { get; } =");
            writer.WriteLine("[");
            writer.Indent++;
            foreach (var binder in binders)
            {
                var route = binder.Route;
                writer.WriteLine($"new({Literal(route.Method)}, {Literal(route.Path)}, {Literal(route.Handler.DisplayName)}),");
            }

            writer.Indent--;
            writer.WriteLine("];");
            writer.WriteLineNoTabs(string.Empty);
        }

        private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);
    }
}

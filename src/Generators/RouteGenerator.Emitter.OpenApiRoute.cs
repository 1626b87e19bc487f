using System.CodeDom.Compiler;
using Microsoft.CodeAnalysis.CSharp;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>
        /// Writes the binder of the router's own route to the OpenAPI document: the generated constant written as it is,
        /// <c>application/json</c>, so serving it copies its bytes into the output and allocates nothing.
        /// </summary>
        private static void WriteOpenApiDocumentBinder(IndentedTextWriter writer, Binder binder, string signatureEnd)
        {
            writer.WriteLine($"public static void {binder.Name}({signatureEnd}");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"response.Route = {SymbolDisplay.FormatLiteral(binder.Route.Path, quote: true)};");
            writer.WriteLine($"response.WriteJsonUtf8({binder.Route.Handler.InvocationName}, omitBody);");
            writer.Indent--;
            writer.WriteLine("}");
        }
    }
}

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
        /// <summary>The router's method that routes a request, when <c>Dispatch</c> runs the hooks around it.</summary>
        private const string RouteMethod = "Route";

        /// <summary>
        /// Writes the <c>Dispatch</c> of a router with request hooks: the hooks' <c>OnRequest</c>, then the routing unless
        /// it answered, then their <c>OnResponse</c>, through the response so that a deferred response runs it when written.
        /// <c>OnRequest</c> is called on the hooks' own class, a direct call.
        /// </summary>
        private static void WriteHookedDispatch(IndentedTextWriter writer, RequestHooks hooks, List<RoutesInstance> instances)
        {
            var field = instances.First(instance => string.Equals(instance.TypeName, hooks.TypeName, StringComparison.Ordinal)).FieldName;
            writer.WriteLine("public void Dispatch(scoped in global::MiniHttp.HttpRequest request, global::MiniHttp.HttpResponse response)");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"if ({field}.OnRequest(in request, response, out {hooks.StateTypeName} state))");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"{RouteMethod}(in request, response);");
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine($"response.AfterResponse({field}, in state);");
            writer.Indent--;
            writer.WriteLine("}");
        }
    }
}

using System;
using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>
        /// The classes of the instance handlers and of the request hooks, each once, in ordinal order of their fully
        /// qualified names: the order of the router's constructor parameters, which no move of a handler between files
        /// changes.
        /// </summary>
        private static List<RoutesInstance> RoutesInstances(EquatableArray<Route> routes, RequestHooks? hooks)
        {
            var taken = new HashSet<string>(StringComparer.Ordinal);
            return routes
                .Select(static route => route.Handler.RoutesClass)
                .Append(hooks?.TypeName)
                .OfType<string>()
                .Distinct()
                .OrderBy(static typeName => typeName, StringComparer.Ordinal)
                .Select(typeName => RoutesInstance.Create(typeName, taken))
                .ToList();
        }

        /// <summary>
        /// Writes the router's fields for the routes instances and the hooks, its constructor taking them and its
        /// <c>RequiresInstance</c>, for a router with instance handlers or hooks; a router without keeps its parameterless form.
        /// </summary>
        private static void WriteRoutesInstances(IndentedTextWriter writer, List<RoutesInstance> instances, RequestHooks? hooks)
        {
            if (instances.Count == 0)
            {
                return;
            }

            foreach (var instance in instances)
            {
                writer.WriteLine($"private readonly {instance.TypeName} {instance.FieldName};");
            }

            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine(hooks is null
                ? "/// <summary>A router that calls the instance handlers on these instances, which every connection shares.</summary>"
                : "/// <summary>A router that calls the request hooks and instance handlers on these instances, which every connection shares.</summary>");
            writer.WriteLine($"public Router({string.Join(", ", instances.Select(static instance => $"{instance.TypeName} {instance.ParameterName}"))})");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var instance in instances)
            {
                writer.WriteLine($"{instance.FieldName} = {instance.ParameterName} ?? throw new global::System.ArgumentNullException(nameof({instance.ParameterName}));");
            }

            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine(hooks is null
                ? "/// <summary>True: <c>default(Router)</c> holds no routes instances, so a server needs the constructed one.</summary>"
                : "/// <summary>True: <c>default(Router)</c> holds no hooks, so a server needs the constructed one.</summary>");
            writer.WriteLine("public static bool RequiresInstance => true;");
            writer.WriteLineNoTabs(string.Empty);
        }

        /// <summary>One routes class: the router's constructor parameter and field that hold its instance.</summary>
        /// <param name="TypeName">Fully qualified: <c>global::Arena.Json.JsonRoutes</c>.</param>
        /// <param name="ParameterName">The class's name in camelCase, <c>jsonRoutes</c>, numbered from 2 when two classes share a name.</param>
        private sealed record RoutesInstance(string TypeName, string ParameterName)
        {
            public string FieldName => "_" + ParameterName.TrimStart('@');

            public static RoutesInstance Create(string typeName, HashSet<string> taken)
            {
                // The simple name follows the last '.', or the "global::" of a class in the global namespace.
                var name = typeName.Substring(Math.Max(typeName.LastIndexOf('.'), typeName.LastIndexOf(':')) + 1).TrimStart('@');
                var camelCase = char.ToLowerInvariant(name[0]) + name.Substring(1);
                var unique = camelCase;
                for (var suffix = 2; !taken.Add(unique); suffix++)
                {
                    unique = camelCase + suffix.ToString(CultureInfo.InvariantCulture);
                }

                // A class whose name in camelCase is a keyword, Event or Class, is a verbatim parameter: @event.
                var parameterName = SyntaxFacts.GetKeywordKind(unique) == SyntaxKind.None ? unique : "@" + unique;
                return new RoutesInstance(typeName, parameterName);
            }
        }
    }
}

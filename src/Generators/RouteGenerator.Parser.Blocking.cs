using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using MiniHttp.Generators.Diagnostics;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Parser
    {
        /// <summary>
        /// Whether the handler may block, so runs on the thread pool: the nearest <c>[Blocking]</c> or <c>[Blocking(false)]</c>
        /// decides, on the method, then its class and the classes around it, then its assembly. A blocking handler runs
        /// after its request's bytes are gone, so it may not take them: neither the request nor a span of it.
        /// </summary>
        private static bool ParseBlocking(IMethodSymbol method, string displayName, List<HandlerParameter> parameters, List<DiagnosticInfo> diagnostics)
        {
            var attribute = FindBlocking(method.GetAttributes())
                ?? ContainingTypes(method).Select(static type => FindBlocking(type.GetAttributes())).FirstOrDefault(static found => found is not null)
                ?? FindBlocking(method.ContainingAssembly.GetAttributes());
            if (attribute is null || attribute.ConstructorArguments.FirstOrDefault().Value is false)
            {
                return false;
            }

            foreach (var parameter in parameters.Where(static parameter => parameter.Kind is ValueKind.Request or ValueKind.ByteSpan))
            {
                var symbol = method.Parameters.First(symbol => symbol.Name == parameter.Name);
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.BlockingHandlerTakesRequestBytes,
                    LocationInfo.From(symbol.Locations[0]),
                    parameter.Name,
                    displayName,
                    parameter.Type.DisplayName,
                    parameter.Kind == ValueKind.Request ? "take the values the handler needs as parameters instead" : "take byte[] or string instead"));
            }

            return true;
        }

        private static AttributeData? FindBlocking(IEnumerable<AttributeData> attributes) =>
            attributes.FirstOrDefault(static attribute => IsNamed(attribute.AttributeClass, AttributeNames.Blocking));
    }
}

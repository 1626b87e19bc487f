using System.Collections.Generic;
using System.Globalization;
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
        /// Whether the handler compresses: its own <c>[Compress]</c> or <c>[Compress(false)]</c> decides, else its
        /// assembly's <c>[assembly: Compress]</c>; null when neither asks for it.
        /// </summary>
        private static RouteCompression? ParseCompression(IMethodSymbol method, string displayName, List<DiagnosticInfo> diagnostics)
        {
            var attribute = FindCompress(method.GetAttributes()) ?? FindCompress(method.ContainingAssembly.GetAttributes());
            if (attribute is null || attribute.ConstructorArguments.FirstOrDefault().Value is false)
            {
                return null;
            }

            var minimumSize = attribute.NamedArguments.FirstOrDefault(static argument => argument.Key == "MinimumSize").Value.Value as int?;
            if (minimumSize < 0)
            {
                var location = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? method.Locations[0];
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NegativeCompressionMinimumSize, LocationInfo.From(location), minimumSize.Value.ToString(CultureInfo.InvariantCulture), displayName));
            }

            return new RouteCompression(minimumSize);
        }

        private static AttributeData? FindCompress(IEnumerable<AttributeData> attributes) =>
            attributes.FirstOrDefault(static attribute => IsNamed(attribute.AttributeClass, AttributeNames.Compress));
    }
}

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
        /// The handler's own limit on a body read whole before it runs (<c>[MaxBufferedRequestBodySize(n)]</c>), or null
        /// for the server's. A limit must be positive, and a handler that streams its body never has one: its body is
        /// not buffered, and is held to <c>ServerLimits.MaxRequestBodySize</c>.
        /// </summary>
        private static int? ParseMaxBufferedRequestBodySize(
            IMethodSymbol method, string displayName, List<HandlerParameter> parameters, List<DiagnosticInfo> diagnostics)
        {
            var attribute = method.GetAttributes().FirstOrDefault(static attribute => IsNamed(attribute.AttributeClass, AttributeNames.MaxBufferedRequestBodySize));
            if (attribute?.ConstructorArguments.FirstOrDefault().Value is not int bytes)
            {
                // No attribute, or one without its argument, which already has a compiler error.
                return null;
            }

            var location = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? method.Locations[0]);
            if (bytes <= 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.BufferedBodyLimitNotPositive, location, bytes.ToString(CultureInfo.InvariantCulture), displayName));
            }

            if (parameters.FirstOrDefault(static parameter => parameter.Kind is ValueKind.Stream or ValueKind.PipeReader) is { } streamed)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BufferedBodyLimitOnStreamedBody, location, displayName, streamed.Name));
            }

            return bytes;
        }
    }
}

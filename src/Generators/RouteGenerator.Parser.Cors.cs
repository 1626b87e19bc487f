using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using MiniHttp.Generators.Diagnostics;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Parser
    {
        private const string Wildcard = "*";

        /// <summary>
        /// The policy a <c>[Cors]</c> declares, or null after a diagnostic: MH0051 for a value no browser would match or
        /// accept (an origin with a path or trailing <c>/</c>, a header name that is not a token, <c>*</c> among other
        /// values), MH0050 for credentials with a wildcard, which the Fetch standard never honours.
        /// </summary>
        private static CorsPolicy? ParseCors(AttributeData attribute, ISymbol declaration, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            if (attribute.ConstructorArguments.FirstOrDefault() is not { Kind: TypedConstantKind.Array } originsArgument)
            {
                return null;
            }

            var diagnosticsBefore = diagnostics.Count;
            var location = AttributeLocation(attribute, declaration, cancellationToken);
            var name = declaration.ToDisplayString(DisplayFormat);
            var origins = Strings(originsArgument);
            var allowCredentials = NamedArgument(attribute, "AllowCredentials")?.Value is true;
            var allowedHeaders = NamedArgument(attribute, "AllowedHeaders") is { Kind: TypedConstantKind.Array } headers ? Strings(headers) : [];
            var exposedHeaders = NamedArgument(attribute, "ExposedHeaders") is { Kind: TypedConstantKind.Array } exposed ? Strings(exposed) : [];
            var maxAge = NamedArgument(attribute, "MaxAgeSeconds")?.Value as int? ?? -1;

            void Malformed(string value, string reason) =>
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedCorsPolicy, location, name, value, reason));

            if (origins.Count == 0)
            {
                Malformed("the origin list", "non-empty: name the origins browsers send (https://app.example), or \"*\" for any");
            }

            foreach (var origin in origins.Where(static origin => origin != Wildcard && !IsSerializedOrigin(origin)))
            {
                Malformed(RouteTemplate.Quote(origin), "an origin as browsers send it: scheme://host or scheme://host:port, in lower case, with no path, not even a trailing '/'");
            }

            CheckWildcardAlone(origins, "origins", Malformed);
            CheckWildcardAlone(allowedHeaders, "AllowedHeaders", Malformed);
            foreach (var header in allowedHeaders.Concat(exposedHeaders).Where(static header => header != Wildcard && !HttpMethods.IsToken(header)))
            {
                Malformed(RouteTemplate.Quote(header), "a header field name: one or more letters, digits or !#$%&'*+-.^_`|~");
            }

            if (maxAge < -1)
            {
                Malformed("MaxAgeSeconds = " + maxAge.ToString(CultureInfo.InvariantCulture), "a number of seconds, 0 or more, or -1 for no Access-Control-Max-Age");
            }

            if (allowCredentials && (origins.Contains(Wildcard) || exposedHeaders.Contains(Wildcard)))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.CorsCredentialsWithWildcard, location, name, origins.Contains(Wildcard) ? "origin" : "exposed header"));
            }

            return diagnostics.Count == diagnosticsBefore
                ? new CorsPolicy(new(origins), allowCredentials, new(allowedHeaders), new(exposedHeaders), maxAge)
                : null;
        }

        /// <summary>Adds MH0051 when <c>*</c> is one of several values, where it would be taken literally.</summary>
        private static void CheckWildcardAlone(List<string> values, string what, System.Action<string, string> malformed)
        {
            if (values.Count > 1 && values.Contains(Wildcard))
            {
                malformed("\"*\" in " + what, "alone: among other values it would be taken as one of them");
            }
        }

        /// <summary>
        /// Whether <paramref name="origin"/> is an origin as a browser serializes it in the <c>Origin</c> field (RFC 6454,
        /// section 6.2), which the policy compares byte for byte: a lower-case scheme, <c>://</c>, a lower-case host and an
        /// optional port, nothing after.
        /// </summary>
        private static bool IsSerializedOrigin(string origin)
        {
            var schemeEnd = origin.IndexOf("://", System.StringComparison.Ordinal);
            if (schemeEnd <= 0 || !origin.Take(schemeEnd).All(static c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '+' or '-' or '.'))
            {
                return false;
            }

            var authority = origin.Substring(schemeEnd + 3);
            var portStart = authority.LastIndexOf(':');
            var host = portStart > authority.LastIndexOf(']') ? authority.Substring(0, portStart) : authority;
            var port = host.Length == authority.Length ? string.Empty : authority.Substring(portStart + 1);
            return host.Length > 0
                && host.All(static c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '[' or ']' or ':')
                && (port.Length == 0 ? host.Length == authority.Length : port.All(char.IsDigit) && port.Length <= 5);
        }

        private static List<string> Strings(TypedConstant array) =>
            array.Values.Select(static value => value.Value as string ?? string.Empty).ToList();

        private static TypedConstant? NamedArgument(AttributeData attribute, string name) =>
            attribute.NamedArguments.Where(argument => argument.Key == name).Select(static argument => (TypedConstant?)argument.Value).FirstOrDefault();
    }
}

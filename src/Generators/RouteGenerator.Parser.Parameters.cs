using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MiniHttp.Generators.Diagnostics;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Parser
    {
        /// <summary>The endings of the names services are usually given.</summary>
        private static readonly string[] ServiceNameSuffixes = ["Service", "Repository", "Store", "Client", "Cache", "Factory", "Provider", "DataSource"];

        /// <summary>What a query, route or header value can be: text, parsed, or the bytes as sent.</summary>
        private const string TextTypes = "int, long, short, uint, ulong, double, decimal, bool, Guid, DateTime, DateTimeOffset, DateOnly, TimeOnly, an enum, string or ReadOnlySpan<byte>";

        /// <summary>What a body can be: text, a copy of its bytes, or JSON.</summary>
        private const string BodyTypes = TextTypes + ", byte[] or a class, struct or array listed in the JSON context";

        /// <summary>
        /// The parameters that can be bound, after adding a diagnostic for each other one. A parameter binds from
        /// where its attribute says; without one, from the route when a template has its name, else from the query
        /// string when its type is text; a type that could come from several places needs an attribute.
        /// </summary>
        private static List<HandlerParameter> ParseParameters(
            IMethodSymbol method, string displayName, HashSet<string> routeParameterNames, Lazy<JsonContext?> json, List<DiagnosticInfo> diagnostics)
        {
            var parameters = new List<HandlerParameter>();
            var hasBodyParameter = false;
            var bodilessMethod = BodilessRouteMethod(method);
            foreach (var parameter in method.Parameters)
            {
                var location = LocationInfo.From(parameter.Locations[0]);
                var bindings = parameter.GetAttributes()
                    .Select(static attribute => (Attribute: attribute, Source: ExplicitSource(attribute.AttributeClass)))
                    .Where(static binding => binding.Source is not null)
                    .ToList();
                if (bindings.Count > 1)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.ConflictingParameterSources,
                        location,
                        parameter.Name,
                        displayName,
                        AttributeName(bindings[0].Source!.Value),
                        AttributeName(bindings[1].Source!.Value)));
                    continue;
                }

                var binding = bindings.FirstOrDefault();
                if (ParseParameter(parameter, binding.Attribute, binding.Source, displayName, routeParameterNames, bodilessMethod, location, json, diagnostics) is not { } bound)
                {
                    continue;
                }

                if (bound.Source == BindingSource.Body && hasBodyParameter)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MultipleBodyParameters, location, displayName, parameter.Name));
                    continue;
                }

                hasBodyParameter |= bound.Source == BindingSource.Body;
                parameters.Add(bound);
            }

            return parameters;
        }

        /// <summary>The bound parameter, or null after adding a diagnostic that says what to change.</summary>
        private static HandlerParameter? ParseParameter(
            IParameterSymbol parameter,
            AttributeData? attribute,
            BindingSource? explicitSource,
            string displayName,
            HashSet<string> routeParameterNames,
            string? bodilessMethod,
            LocationInfo location,
            Lazy<JsonContext?> json,
            List<DiagnosticInfo> diagnostics)
        {
            var type = parameter.Type;
            var underlying = Underlying(type);
            var kind = SimpleKind(underlying);
            var shownType = RefModifier(parameter.RefKind) + type.ToDisplayString();

            if (parameter.RefKind != RefKind.None)
            {
                diagnostics.Add(Unsupported(explicitSource ?? BindingSource.Query, "use a parameter passed by value (without ref, in or out)"));
                return null;
            }

            if (kind == ValueKind.Request)
            {
                if (explicitSource is { } marked)
                {
                    diagnostics.Add(Unsupported(marked, $"remove [{AttributeName(marked)}]: a parameter of type HttpRequest receives the request itself"));
                    return null;
                }

                return Bound(BindingSource.Request, parameter.Name, SimpleType(ValueKind.Request, type));
            }

            if (explicitSource is BindingSource.Services && kind is not (ValueKind.CancellationToken or ValueKind.Stream or ValueKind.PipeReader))
            {
                return ParseServiceParameter(parameter, attribute!, displayName, location, diagnostics);
            }

            if (kind == ValueKind.CancellationToken)
            {
                if (explicitSource is { } marked)
                {
                    diagnostics.Add(Unsupported(marked, $"remove [{AttributeName(marked)}]: a CancellationToken is cancelled when the client leaves"));
                    return null;
                }

                return Bound(BindingSource.Request, parameter.Name, SimpleType(ValueKind.CancellationToken, type));
            }

            if (kind is ValueKind.Stream or ValueKind.PipeReader)
            {
                // Nothing but the body arrives as a stream; [FromBody] may say so, and it counts as the one body.
                if (explicitSource is { } marked && marked != BindingSource.Body)
                {
                    diagnostics.Add(Unsupported(marked, $"mark it [FromBody] or nothing: a {DisplayName(kind.Value, type)} reads the body as it arrives"));
                    return null;
                }

                return Bound(BindingSource.Body, parameter.Name, SimpleType(kind.Value, type));
            }

            if (kind is ValueKind.HttpResult or ValueKind.StreamedResult)
            {
                diagnostics.Add(Unsupported(explicitSource ?? BindingSource.Query, $"return the {DisplayName(kind.Value, type)} instead: it is a result"));
                return null;
            }

            if ((explicitSource ?? ImplicitSource(parameter.Name, kind, routeParameterNames)) is not { } from)
            {
                // A request of a bodiless method has nothing for [FromBody] to read, so the advice never points there.
                diagnostics.Add(kind switch
                {
                    _ when IsServiceShaped(type) => DiagnosticInfo.Create(
                        DiagnosticDescriptors.ServiceParameterNeedsFromServices, location, parameter.Name, displayName, shownType),
                    ValueKind.ByteSpan when bodilessMethod is not null => Ambiguous("mark it [FromQuery] or [FromHeader(\"Name\")] to take those bytes as they are sent"),
                    ValueKind.ByteSpan => Ambiguous("mark it [FromBody], [FromQuery] or [FromHeader(\"Name\")] to take those bytes as they are sent"),
                    ValueKind.ByteArray when bodilessMethod is not null => Ambiguous(NoBody(bodilessMethod, "take the value as a string from the query string or a header, or take the bytes on a POST, PUT or PATCH route marked [FromBody]")),
                    ValueKind.ByteArray => Ambiguous("mark it [FromBody] to take a copy of the body"),
                    _ when IsScalar(underlying) => Unsupported(BindingSource.Query, "use " + TextTypes + ", or take it as a string and parse it in the handler"),
                    _ when ServiceLikeness(type) is { } reason => DiagnosticInfo.Create(
                        DiagnosticDescriptors.ParameterLooksLikeService, location, parameter.Name, displayName, shownType, reason),
                    _ when IsJsonShaped(type) && bodilessMethod is not null => Ambiguous(NoBody(bodilessMethod, "take its values as query parameters of text types, one parameter each ([FromQuery(\"name\")] where the names differ), or take the object on a POST, PUT or PATCH route marked [FromBody]")),
                    _ when IsJsonShaped(type) => Ambiguous("mark it [FromBody] to read the body as JSON"),
                    _ => Unsupported(BindingSource.Query, "use " + TextTypes),
                });
                return null;
            }

            var sourceName = from switch
            {
                BindingSource.Query => CheckedName(attribute, parameter, displayName, location, DiagnosticDescriptors.InvalidQueryName, IsQueryName, diagnostics),
                BindingSource.Header => CheckedName(attribute, parameter, displayName, location, DiagnosticDescriptors.InvalidHeaderName, HttpMethods.IsToken, diagnostics),
                _ => parameter.Name,
            };
            if (sourceName is null)
            {
                return null;
            }

            if (from == BindingSource.Body && kind is null)
            {
                if (!IsJsonShaped(type))
                {
                    diagnostics.Add(Unsupported(from, "use " + BodyTypes));
                    return null;
                }

                var subject = $"Parameter '{parameter.Name}' of handler '{displayName}' has type";
                return JsonType(type, subject, location, json.Value, diagnostics) is { } jsonType ? Bound(from, sourceName, jsonType) : null;
            }

            // Only a body is copied into a byte[]: a route, query or header value is text, or its bytes in place.
            if (kind is null || (kind == ValueKind.ByteArray && from != BindingSource.Body))
            {
                diagnostics.Add(Unsupported(from, "use " + TextTypes + (kind == ValueKind.ByteArray ? ", or mark it [FromBody]" : string.Empty)));
                return null;
            }

            return Bound(from, sourceName, SimpleType(kind.Value, underlying));

            HandlerParameter Bound(BindingSource from, string sourceName, HandlerType handlerType)
            {
                var isOptional = from is not (BindingSource.Route or BindingSource.Request)
                    && (parameter.HasExplicitDefaultValue || !ReferenceEquals(underlying, type) || type.NullableAnnotation == NullableAnnotation.Annotated);
                return new HandlerParameter(
                    parameter.Name,
                    from,
                    sourceName,
                    handlerType,
                    type.ToDisplayString(DeclaredTypeFormat),
                    isOptional,
                    isOptional ? DefaultValue(parameter, underlying) : null);
            }

            DiagnosticInfo Unsupported(BindingSource from, string change) => DiagnosticInfo.Create(
                DiagnosticDescriptors.UnsupportedParameterType, location, parameter.Name, displayName, shownType, SourceDescription(from), change);

            DiagnosticInfo Ambiguous(string change) => DiagnosticInfo.Create(
                DiagnosticDescriptors.AmbiguousParameterSource, location, parameter.Name, displayName, shownType, change);
        }

        /// <summary>
        /// Whether a type is one value written as text, which a client sends in a query string rather than as a JSON
        /// body: a primitive the generator does not parse (<c>char</c>, <c>float</c>, <c>byte</c>), a type that parses
        /// itself (<c>TimeSpan</c>, <c>Half</c>, anything <c>IParsable&lt;T&gt;</c>), or a <c>Uri</c>.
        /// </summary>
        private static bool IsScalar(ITypeSymbol type) =>
            type.SpecialType is SpecialType.System_Char or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_UInt16
                or SpecialType.System_Single or SpecialType.System_IntPtr or SpecialType.System_UIntPtr
            || IsNamed(type, "System.Uri")
            || type.AllInterfaces.Any(static contract => IsNamed(contract.OriginalDefinition, "System.IParsable<TSelf>"));

        /// <summary>What to change for a parameter that only a body could hold, on a route whose method sends none.</summary>
        private static string NoBody(string method, string change) => $"a {method} request carries no body, so {change}";

        /// <summary>
        /// The first of the handler's route methods whose requests carry no body (RFC 9110 gives a body of GET, HEAD,
        /// DELETE, OPTIONS or TRACE no meaning, and clients and proxies may drop it), or null when every route may have one.
        /// </summary>
        private static string? BodilessRouteMethod(IMethodSymbol method)
        {
            foreach (var attribute in method.GetAttributes())
            {
                var routeMethod = IsNamed(attribute.AttributeClass, AttributeNames.Get) ? HttpMethods.Get
                    : IsNamed(attribute.AttributeClass, AttributeNames.Delete) ? HttpMethods.Delete
                    : IsNamed(attribute.AttributeClass, AttributeNames.Route) && attribute.ConstructorArguments is { Length: 2 } arguments && arguments[0].Value is string token ? token
                    : null;
                if (routeMethod is HttpMethods.Get or HttpMethods.Head or HttpMethods.Delete or HttpMethods.Options or "TRACE")
                {
                    return routeMethod;
                }
            }

            return null;
        }

        /// <summary>
        /// Why a class the container is not known to hold is still taken for a service, or null when it looks like data: a
        /// name that says what services are called (<c>TodoStore</c>, <c>OrderRepository</c>), or no public property or
        /// field, so a JSON body would fill nothing of it. The container itself is known only at run time (ASP.NET Core's
        /// request delegate generator asks it then); the generator has the type's name and shape.
        /// </summary>
        private static string? ServiceLikeness(ITypeSymbol type)
        {
            if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class, IsRecord: false, SpecialType: SpecialType.None } named
                || named.ContainingNamespace?.ToDisplayString().StartsWith("System", StringComparison.Ordinal) == true)
            {
                return null;
            }

            if (ServiceNameSuffixes.FirstOrDefault(suffix => named.Name.EndsWith(suffix, StringComparison.Ordinal) && named.Name.Length > suffix.Length) is { } suffix)
            {
                return $"whose name ends in '{suffix}'";
            }

            for (var current = named; current is { SpecialType: not SpecialType.System_Object }; current = current.BaseType)
            {
                if (current.GetMembers().Any(static member => member is IPropertySymbol or IFieldSymbol { AssociatedSymbol: null }
                    && member is { IsStatic: false, DeclaredAccessibility: Accessibility.Public }))
                {
                    return null;
                }
            }

            return "a class with no public property or field for a JSON body to fill";
        }

        /// <summary>
        /// Where a parameter without an attribute binds from: the route when a template has its name, else the query
        /// string when its type is text; null for bytes or a complex type, which could come from several places.
        /// </summary>
        private static BindingSource? ImplicitSource(string name, ValueKind? kind, HashSet<string> routeParameterNames) =>
            routeParameterNames.Contains(name) ? BindingSource.Route
            : kind is null or ValueKind.ByteSpan or ValueKind.ByteArray ? null
            : BindingSource.Query;

        private static BindingSource? ExplicitSource(INamedTypeSymbol? attribute) =>
            IsNamed(attribute, AttributeNames.FromBody) ? BindingSource.Body
            : IsNamed(attribute, AttributeNames.FromQuery) ? BindingSource.Query
            : IsNamed(attribute, AttributeNames.FromHeader) ? BindingSource.Header
            : IsNamed(attribute, AttributeNames.FromServices) ? BindingSource.Services
            : null;

        private static string AttributeName(BindingSource source) => source switch
        {
            BindingSource.Body => "FromBody",
            BindingSource.Header => "FromHeader",
            BindingSource.Services or BindingSource.RequestServices => "FromServices",
            _ => "FromQuery",
        };

        private static string SourceDescription(BindingSource source) => source switch
        {
            BindingSource.Body => "request body",
            BindingSource.Route => "route",
            BindingSource.Header => "headers",
            BindingSource.Services or BindingSource.RequestServices => "application's services",
            _ => "query string",
        };

        /// <summary>
        /// The name the attribute gives, or the parameter's own; null after adding <paramref name="descriptor"/> when it
        /// could never match what a client sends.
        /// </summary>
        private static string? CheckedName(
            AttributeData? attribute,
            IParameterSymbol parameter,
            string displayName,
            LocationInfo location,
            DiagnosticDescriptor descriptor,
            Func<string?, bool> isValid,
            List<DiagnosticInfo> diagnostics)
        {
            var named = attribute is { ConstructorArguments.Length: 1 };
            var name = named ? attribute!.ConstructorArguments[0].Value as string : parameter.Name;
            if (isValid(name))
            {
                return name;
            }

            diagnostics.Add(DiagnosticInfo.Create(descriptor, location, RouteTemplate.Quote(name), parameter.Name, displayName));
            return null;
        }

        /// <summary>
        /// Whether a client sends <paramref name="name"/> as it is: RFC 3986's query characters other than the ones
        /// forms give a meaning (<c>&amp; = +</c>) and <c>%</c>, which starts an escape, since names are compared raw.
        /// </summary>
        private static bool IsQueryName(string? name) =>
            name is { Length: > 0 }
            && name.All(static c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
                or '-' or '.' or '_' or '~' or '!' or '$' or '\'' or '(' or ')' or '*' or ',' or ';' or ':' or '@' or '/' or '?');

        /// <summary>The C# expression of an optional parameter's default: its declared default value, else null.</summary>
        private static string DefaultValue(IParameterSymbol parameter, ITypeSymbol underlying)
        {
            if (!parameter.HasExplicitDefaultValue || parameter.ExplicitDefaultValue is not { } value)
            {
                return parameter.Type switch
                {
                    { IsValueType: true } when ReferenceEquals(underlying, parameter.Type) => "default",

                    // `string s = null` warns in the handler's declaration; the generated copy of it need not warn again.
                    { IsReferenceType: true, NullableAnnotation: not NullableAnnotation.Annotated } => "null!",
                    _ => "null",
                };
            }

            return value switch
            {
                _ when underlying.TypeKind == TypeKind.Enum => EnumValue(underlying, value),
                double d when double.IsNaN(d) => "double.NaN",
                double d when double.IsPositiveInfinity(d) => "double.PositiveInfinity",
                double d when double.IsNegativeInfinity(d) => "double.NegativeInfinity",
                double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
                decimal m => m.ToString(CultureInfo.InvariantCulture) + "m",
                _ => SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false),
            };
        }

        /// <summary>An enum default by its member's name when it has one, <c>global::Shop.Size.Large</c>; else by its number.</summary>
        private static string EnumValue(ITypeSymbol enumType, object value)
        {
            var typeName = enumType.ToDisplayString(TypeNameFormat);
            var member = enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(field => field.HasConstantValue && Equals(field.ConstantValue, value));
            return member is not null
                ? $"{typeName}.{(SyntaxFacts.GetKeywordKind(member.Name) == SyntaxKind.None ? member.Name : "@" + member.Name)}"
                : $"({typeName})({SymbolDisplay.FormatPrimitive(value, quoteStrings: false, useHexadecimalNumbers: false)})";
        }
    }
}

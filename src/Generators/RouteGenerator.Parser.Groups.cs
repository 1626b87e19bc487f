using System.Collections.Generic;
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
        /// <summary>
        /// What a handler takes from its classes and its own attributes: the <c>[RouteGroup]</c> prefixes of its classes,
        /// outermost first; their <c>[RouteFilter&lt;T&gt;]</c> filters and its own, in that order; the nearest <c>[Cors]</c>.
        /// Null after a diagnostic (MH0048, MH0049, MH0050, MH0051) for each thing to change. Every handler of a class
        /// reports the class's problems, in the same words, so the route table keeps one of each.
        /// </summary>
        private static RouteGroup? ParseRouteGroup(IMethodSymbol method, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            var diagnosticsBefore = diagnostics.Count;
            var outermostFirst = ContainingTypes(method).Reverse().ToList();
            var prefix = string.Empty;
            foreach (var type in outermostFirst)
            {
                var group = type.GetAttributes().FirstOrDefault(static attribute => IsNamed(attribute.AttributeClass, AttributeNames.RouteGroup));
                if (group?.ConstructorArguments.FirstOrDefault() is not { Kind: TypedConstantKind.Primitive } argument)
                {
                    continue;
                }

                var groupPrefix = argument.Value as string;
                if (RouteTemplate.FindPrefixMalformation(groupPrefix) is { } reason)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.MalformedRouteGroupPrefix,
                        AttributeArgumentLocation(group, type, cancellationToken),
                        RouteTemplate.Quote(groupPrefix),
                        type.ToDisplayString(DisplayFormat),
                        reason));
                    continue;
                }

                prefix = JoinTemplates(prefix, groupPrefix)!;
            }

            var declarations = outermostFirst.Cast<ISymbol>().Append(method).ToList();
            var filters = new List<RouteFilter>();
            foreach (var declaration in declarations)
            {
                foreach (var attribute in declaration.GetAttributes().Where(static attribute => IsNamed(attribute.AttributeClass?.OriginalDefinition, AttributeNames.RouteFilter)))
                {
                    if (ParseRouteFilter(attribute, declaration, diagnostics, cancellationToken) is { } filter)
                    {
                        filters.Add(filter);
                    }
                }
            }

            var cors = declarations
                .Select(declaration => (Declaration: declaration, Attribute: declaration.GetAttributes().FirstOrDefault(static attribute => IsNamed(attribute.AttributeClass, AttributeNames.Cors))))
                .LastOrDefault(static declared => declared.Attribute is not null);
            var corsPolicy = cors.Attribute is null ? null : ParseCors(cors.Attribute, cors.Declaration, diagnostics, cancellationToken);

            return diagnostics.Count == diagnosticsBefore ? new RouteGroup(prefix, new(filters), corsPolicy) : null;
        }

        /// <summary>
        /// A template under a group's prefix: <c>/todos</c> and <c>/{id:int}</c> make <c>/todos/{id:int}</c>, and
        /// <c>/todos</c> and <c>/</c> make <c>/todos</c>, the group's own path.
        /// </summary>
        private static string? JoinTemplates(string prefix, string? template)
        {
            if (prefix.Length == 0 || template is null)
            {
                return template;
            }

            return template == "/" ? prefix : prefix + template;
        }

        /// <summary>The filter a <c>[RouteFilter&lt;T&gt;]</c> names, or null after MH0049 for a class the router cannot call.</summary>
        private static RouteFilter? ParseRouteFilter(AttributeData attribute, ISymbol declaration, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            if (attribute.AttributeClass?.TypeArguments.FirstOrDefault() is not INamedTypeSymbol filter)
            {
                return null;
            }

            var filterInterface = filter.AllInterfaces.FirstOrDefault(static type => IsNamed(type, AttributeNames.IRouteFilter));
            if (filter is { TypeKind: TypeKind.Class, IsAbstract: false, IsGenericType: false }
                && IsReachableFromGeneratedCode(filter)
                && filterInterface is not null
                && ImplementsCallably(filter, filterInterface))
            {
                return new RouteFilter(filter.ToDisplayString(TypeNameFormat), ParseServiceConstructor(filter));
            }

            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidRouteFilter,
                AttributeLocation(attribute, declaration, cancellationToken),
                filter.ToDisplayString()));
            return null;
        }

        /// <summary>Where a diagnostic about a class or method attribute points: the attribute, else the declaration.</summary>
        private static LocationInfo AttributeLocation(AttributeData attribute, ISymbol declaration, CancellationToken cancellationToken) =>
            LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? declaration.Locations[0]);

        /// <summary>Where a diagnostic about an attribute's first argument points: the argument, else the attribute.</summary>
        private static LocationInfo AttributeArgumentLocation(AttributeData attribute, ISymbol declaration, CancellationToken cancellationToken)
        {
            var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax;
            return LocationInfo.From(syntax?.ArgumentList?.Arguments.FirstOrDefault()?.GetLocation() ?? syntax?.GetLocation() ?? declaration.Locations[0]);
        }
    }
}

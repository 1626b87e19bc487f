using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniHttp.Generators.Diagnostics;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    /// <summary>
    /// Turns one attributed method into the model: its routes, if it can be a handler, and a diagnostic for each
    /// thing that has to change. Symbols go in, records of strings and enums come out.
    /// </summary>
    internal static partial class Parser
    {
        /// <summary>How messages name a method: <c>Arena.ArenaRoutes.Sum</c>.</summary>
        private static readonly SymbolDisplayFormat DisplayFormat = new(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
            memberOptions: SymbolDisplayMemberOptions.IncludeContainingType,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

        /// <summary>How generated code calls a method: <c>global::Arena.ArenaRoutes.Sum</c>, keywords escaped.</summary>
        private static readonly SymbolDisplayFormat InvocationFormat =
            SymbolDisplayFormat.FullyQualifiedFormat.WithMemberOptions(SymbolDisplayMemberOptions.IncludeContainingType);

        /// <param name="method">The attribute's method token, or null for <c>[Route]</c>, whose first argument is the method.</param>
        public static HandlerDeclaration Parse(GeneratorAttributeSyntaxContext attributed, string? method, CancellationToken cancellationToken)
        {
            var symbol = (IMethodSymbol)attributed.TargetSymbol;
            var displayName = symbol.ToDisplayString(DisplayFormat);
            var diagnostics = new List<DiagnosticInfo>();
            var group = ParseRouteGroup(symbol, diagnostics, cancellationToken);
            var templates = ParseTemplates(attributed, method, symbol, displayName, group?.Prefix ?? string.Empty, diagnostics, cancellationToken);

            // A parameter named like a route parameter of any of the handler's templates binds from the route.
            var routeParameterNames = new HashSet<string>(
                templates.SelectMany(static template => template.Segments)
                    .Where(static segment => segment.Kind != RouteSegmentKind.Literal)
                    .Select(static segment => segment.Text));
            var compilation = attributed.SemanticModel.Compilation;
            var json = new Lazy<JsonContext?>(() => JsonContext.Find(compilation, cancellationToken), LazyThreadSafetyMode.None);
            var handler = ParseHandler(symbol, displayName, routeParameterNames, json, diagnostics);
            if (group is null)
            {
                handler = null;
            }
            else if (handler is not null && group.HasFilters)
            {
                handler = handler with { Filters = group.Filters, Cors = group.Cors };
            }

            if (handler is not null && OpenApiAttribute(compilation) is not null)
            {
                handler = handler with { Api = ParseApiOperation(symbol, handler, templates, json.Value, diagnostics, cancellationToken) };
            }

            var routes = new List<RouteDeclaration>();
            foreach (var template in templates)
            {
                if (handler is not null && CheckRouteBinding(template, handler, diagnostics))
                {
                    routes.Add(new RouteDeclaration(new Route(template.Method, template.Path, new(template.Segments), handler), template.Location));
                }
            }

            return new HandlerDeclaration(new(routes), new(diagnostics));
        }

        /// <summary>The well-formed templates of the method's attributes, after adding a diagnostic for each other one.</summary>
        private static List<ParsedTemplate> ParseTemplates(
            GeneratorAttributeSyntaxContext attributed,
            string? method,
            IMethodSymbol symbol,
            string displayName,
            string groupPrefix,
            List<DiagnosticInfo> diagnostics,
            CancellationToken cancellationToken)
        {
            // [Get("/x")] has the template as its one argument; [Route("PURGE", "/x")] has the method first.
            var templateIndex = method is null ? 1 : 0;
            var templates = new List<ParsedTemplate>();
            foreach (var attribute in attributed.Attributes)
            {
                cancellationToken.ThrowIfCancellationRequested();

                // An attribute without its arguments already has a compiler error; there is nothing to add.
                var arguments = attribute.ConstructorArguments;
                if (arguments.Length != templateIndex + 1 || arguments.Any(static argument => argument.Kind != TypedConstantKind.Primitive))
                {
                    continue;
                }

                var routeMethod = method ?? arguments[0].Value as string;
                if (!HttpMethods.IsToken(routeMethod))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.MethodNotToken,
                        ArgumentLocation(attribute, 0, symbol, cancellationToken),
                        RouteTemplate.Quote(routeMethod),
                        displayName));
                    continue;
                }

                var path = JoinTemplates(groupPrefix, arguments[templateIndex].Value as string);
                var location = ArgumentLocation(attribute, templateIndex, symbol, cancellationToken);
                if (RouteTemplate.Check(path, displayName, location, out var segments) is { } problem)
                {
                    diagnostics.Add(problem);
                    continue;
                }

                templates.Add(new ParsedTemplate(routeMethod!, path!, segments, location, displayName));
            }

            return templates;
        }

        /// <summary>The handler, or null after adding a diagnostic for each reason it cannot be one.</summary>
        private static Handler? ParseHandler(
            IMethodSymbol method, string displayName, HashSet<string> routeParameterNames, Lazy<JsonContext?> json, List<DiagnosticInfo> diagnostics)
        {
            var diagnosticsBefore = diagnostics.Count;
            var location = LocationInfo.From(method.Locations[0]);

            if (!method.IsStatic && !IsRoutesClass(method.ContainingType))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InstanceHandlerNotInClass, location, displayName, method.ContainingType.ToDisplayString(DisplayFormat)));
            }

            if (!IsCallableFromGeneratedCode(method))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.HandlerNotAccessible, location, displayName));
            }

            if (method.IsGenericMethod || ContainingTypes(method).Any(static type => type.IsGenericType))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.HandlerMustNotBeGeneric, location, displayName));
            }

            var parameters = ParseParameters(method, displayName, routeParameterNames, json, diagnostics);
            var result = ParseResult(method, displayName, json, diagnostics);
            var compression = ParseCompression(method, displayName, diagnostics);
            var maxBufferedRequestBodySize = ParseMaxBufferedRequestBodySize(method, displayName, parameters, diagnostics);
            var blocking = ParseBlocking(method, displayName, parameters, diagnostics);
            var validation = ParseValidation(method, displayName, parameters, diagnostics);

            if (diagnostics.Count != diagnosticsBefore)
            {
                return null;
            }

            // An instance handler is called on the router's field of its class, so generated code names only the method.
            var routesClass = method.IsStatic ? null : method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            var invocationName = method.ToDisplayString(method.IsStatic ? InvocationFormat : SymbolDisplayFormat.FullyQualifiedFormat);
            return new Handler(
                displayName,
                invocationName,
                routesClass,
                new(parameters),
                result!.Value.Type,
                result.Value.Completion,
                method.ReturnType.ToDisplayString(DeclaredTypeFormat))
            {
                Compression = compression,
                MaxBufferedRequestBodySize = maxBufferedRequestBodySize,
                Blocking = blocking,
                Validation = validation,
                RoutesClassConstructor = method.IsStatic ? null : ParseServiceConstructor(method.ContainingType),
            };
        }

        /// <summary>
        /// Whether an instance handler's type can be a routes class: a class, so that the router's field of it and the
        /// application's reference are one object (a struct would be copied into the router, and the application's
        /// changes to its copy never seen), and not abstract, so that it can be constructed. Its accessibility and
        /// genericity have diagnostics of their own.
        /// </summary>
        private static bool IsRoutesClass(INamedTypeSymbol type) =>
            type is { TypeKind: TypeKind.Class, IsAbstract: false };

        /// <summary>
        /// Generated code lives in another file of the same assembly: it can call an ordinary, non-abstract method
        /// that is public or internal in types that are all public or internal and not file-local.
        /// </summary>
        private static bool IsCallableFromGeneratedCode(IMethodSymbol method) =>
            method is { MethodKind: MethodKind.Ordinary, IsAbstract: false }
            && IsVisibleInAssembly(method.DeclaredAccessibility)
            && IsReachableFromGeneratedCode(method.ContainingType);

        private static bool IsVisibleInAssembly(Accessibility accessibility) =>
            accessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;

        /// <summary>
        /// Whether generated code, in another file of the assembly, can name <paramref name="type"/>: it and every type
        /// containing it are public or internal and not file-local.
        /// </summary>
        private static bool IsReachableFromGeneratedCode(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            {
                if (!IsVisibleInAssembly(current.DeclaredAccessibility) || current.IsFileLocal)
                {
                    return false;
                }
            }

            return true;
        }

        private static IEnumerable<INamedTypeSymbol> ContainingTypes(IMethodSymbol method)
        {
            for (var type = method.ContainingType; type is not null; type = type.ContainingType)
            {
                yield return type;
            }
        }

        private static bool IsNamed(ITypeSymbol? type, string fullName) => type?.ToDisplayString() == fullName;

        private static string RefModifier(RefKind refKind) => refKind switch
        {
            RefKind.None => string.Empty,
            RefKind.Ref => "ref ",
            RefKind.Out => "out ",
            RefKind.In => "in ",
            _ => "ref readonly ",
        };

        /// <summary>Where a diagnostic about an assembly attribute's type points: its first argument, else the attribute.</summary>
        private static LocationInfo AssemblyAttributeLocation(AttributeData attribute, CancellationToken cancellationToken)
        {
            var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
            return LocationInfo.From(syntax?.ArgumentList?.Arguments.FirstOrDefault()?.GetLocation() ?? syntax?.GetLocation() ?? Location.None);
        }

        /// <summary>Where a diagnostic about an attribute argument points: the argument, else the attribute, else the method.</summary>
        private static LocationInfo ArgumentLocation(AttributeData attribute, int index, IMethodSymbol method, CancellationToken cancellationToken)
        {
            var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
            var location = syntax?.ArgumentList?.Arguments.ElementAtOrDefault(index)?.GetLocation() ?? syntax?.GetLocation() ?? method.Locations[0];
            return LocationInfo.From(location);
        }
    }
}

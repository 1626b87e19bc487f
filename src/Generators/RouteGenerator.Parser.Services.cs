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
        /// <summary><c>Microsoft.Extensions.DependencyInjection.ServiceLifetime.Singleton</c>, the attribute's default.</summary>
        private const int SingletonLifetime = 0;

        /// <summary>
        /// A <c>[FromServices]</c> parameter: a singleton unless the attribute names another lifetime, which makes the route
        /// resolve it per request; or null after MH0028 for a type no container holds by reference.
        /// </summary>
        private static HandlerParameter? ParseServiceParameter(
            IParameterSymbol parameter, AttributeData attribute, string displayName, LocationInfo location, List<DiagnosticInfo> diagnostics)
        {
            var type = parameter.Type;
            if (!type.IsReferenceType)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ServiceParameterNotReferenceType, location, parameter.Name, displayName, type.ToDisplayString()));
                return null;
            }

            var lifetime = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int value ? value : SingletonLifetime;
            return new HandlerParameter(
                parameter.Name,
                lifetime == SingletonLifetime ? BindingSource.Services : BindingSource.RequestServices,
                parameter.Name,
                HandlerType.Simple(ValueKind.Service, type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeNameFormat), type.ToDisplayString()),
                type.ToDisplayString(DeclaredTypeFormat),
                IsOptional: false,
                DefaultValue: null);
        }

        /// <summary>
        /// Whether a parameter without an attribute is a service the application registers rather than part of the request:
        /// a type of the <c>Microsoft.Extensions</c> libraries (<c>ILogger&lt;T&gt;</c>, <c>IConfiguration</c>,
        /// <c>IOptions&lt;T&gt;</c>), a few well-known service classes, or any interface or abstract class outside the
        /// collections, which no JSON body could be read into.
        /// </summary>
        private static bool IsServiceShaped(ITypeSymbol type)
        {
            var namespaceName = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            if (namespaceName.StartsWith("Microsoft.Extensions", System.StringComparison.Ordinal))
            {
                return true;
            }

            if (IsNamed(type, "System.IServiceProvider") || IsNamed(type, "System.TimeProvider") || IsNamed(type, "System.Net.Http.HttpClient"))
            {
                return true;
            }

            return type is INamedTypeSymbol { TypeKind: TypeKind.Interface } or INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: true }
                && !namespaceName.StartsWith("System.Collections", System.StringComparison.Ordinal);
        }

        /// <summary>
        /// The constructor the router calls to create <paramref name="type"/> (a routes class or the hooks) from services
        /// when none is registered: the public or internal one with the most parameters (<c>ActivatorUtilities</c> also prefers the longest), whose
        /// parameters are each a class or interface or have a default; null when there is none, so the type must be registered.
        /// </summary>
        private static ServiceConstructor? ParseServiceConstructor(INamedTypeSymbol type)
        {
            var constructor = type.InstanceConstructors
                .Where(static constructor => constructor.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal)
                .Where(static constructor => constructor.Parameters.All(static parameter =>
                    parameter.RefKind == RefKind.None && (parameter.Type.IsReferenceType || parameter.HasExplicitDefaultValue)))
                .OrderByDescending(static constructor => constructor.Parameters.Length)
                .FirstOrDefault();
            if (constructor is null)
            {
                return null;
            }

            return new ServiceConstructor(
                type.ToDisplayString(),
                new(constructor.Parameters.Select(static parameter => new ServiceConstructorParameter(
                    parameter.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeNameFormat),
                    parameter.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(),
                    parameter.HasExplicitDefaultValue ? DefaultValue(parameter, Underlying(parameter.Type)) : null,
                    parameter.Type.IsReferenceType))));
        }
    }
}

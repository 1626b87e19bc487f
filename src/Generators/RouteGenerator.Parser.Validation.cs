using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniHttp.Generators.Diagnostics;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Parser
    {
        private const string DataAnnotations = "System.ComponentModel.DataAnnotations.";
        private const string ValidationAttributeName = DataAnnotations + "ValidationAttribute";
        private const string DisplayAttributeName = DataAnnotations + "DisplayAttribute";
        private const string ValidatableObjectName = DataAnnotations + "IValidatableObject";

        /// <summary>
        /// What the binder checks before calling the handler: the DataAnnotations attributes on its parameters, and on the
        /// properties of the JSON body's type and of every type that one holds, elements of collections included; null
        /// when nothing has a check, so such a route's binder is what it was without validation. Each attribute the
        /// generated code cannot check as ASP.NET Core would adds a diagnostic.
        /// </summary>
        private static HandlerValidation? ParseValidation(
            IMethodSymbol method, string displayName, List<HandlerParameter> parameters, List<DiagnosticInfo> diagnostics)
        {
            var graph = new ValidationGraph(diagnostics);
            var validated = new List<ValidatedValue>();
            foreach (var bound in parameters)
            {
                if (bound.Source is BindingSource.Request or BindingSource.Services or BindingSource.RequestServices
                    || method.Parameters.FirstOrDefault(p => p.Name == bound.Name) is not { } parameter)
                {
                    continue;
                }

                var target = $"parameter '{parameter.Name}' of handler '{displayName}'";
                var walksType = bound.Kind == ValueKind.Json;
                if (graph.Value(parameter.Type, parameter.Name, parameter.Name, parameter.GetAttributes(), target, walksType) is { } value)
                {
                    validated.Add(value);
                }
            }

            // A body whose type turned out to check nothing is not validated at all.
            var types = graph.TypesWithChecks(out var withChecks);
            var checkedParameters = validated
                .Where(value => ValidationGraph.HasChecks(value, withChecks))
                .Select(value => ValidationGraph.Pruned(value, withChecks))
                .ToList();
            return checkedParameters.Count == 0 ? null : new HandlerValidation(new(checkedParameters), new(types));
        }

        /// <summary>Whether an attribute is a check: one that derives from <c>ValidationAttribute</c>.</summary>
        private static bool IsValidationAttribute(INamedTypeSymbol attribute)
        {
            for (INamedTypeSymbol? current = attribute; current is not null; current = current.BaseType)
            {
                if (IsNamed(current, ValidationAttributeName))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The name <c>[Display(Name = "...")]</c> gives, which messages use in place of the C# name.</summary>
        private static string? DisplayName(IEnumerable<AttributeData> attributes) =>
            attributes.FirstOrDefault(static attribute => IsNamed(attribute.AttributeClass, DisplayAttributeName)) is { } display
                ? Named(display, "Name") as string
                : null;

        private static object? Named(AttributeData attribute, string name) =>
            attribute.NamedArguments.FirstOrDefault(argument => argument.Key == name).Value.Value;

        private static bool IsNumber(ITypeSymbol type) => type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
            or SpecialType.System_Int16 or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_UInt16
            or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Double or SpecialType.System_Single
            or SpecialType.System_Decimal;

        /// <summary>How a message shows an attribute's argument: as <c>string.Format</c> shows it, in the invariant culture.</summary>
        private static string Format(object? value) => value switch
        {
            double d => d.ToString(CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value?.ToString() ?? string.Empty,
        };

        /// <summary>A bound as generated code writes it: <c>1</c>, <c>0.5d</c>, <c>double.PositiveInfinity</c>.</summary>
        private static string Literal(object value) => value switch
        {
            double d when double.IsPositiveInfinity(d) => "double.PositiveInfinity",
            double d when double.IsNegativeInfinity(d) => "double.NegativeInfinity",
            double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
            _ => Format(value),
        };

        /// <summary>
        /// The members a validator reads: public or internal instance properties with such a getter, the type's own
        /// first, then its base types', as ASP.NET Core validates them; a property a derived type redeclares, once.
        /// </summary>
        private static IEnumerable<IPropertySymbol> Properties(ITypeSymbol type)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            return BaseChain(type)
                .TakeWhile(static current => current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType))
                .SelectMany(static current => current.GetMembers().OfType<IPropertySymbol>())
                .Where(static property => !property.IsStatic && !property.IsIndexer && property.GetMethod is { } getter
                    && IsVisibleInAssembly(property.DeclaredAccessibility) && IsVisibleInAssembly(getter.DeclaredAccessibility)
                    && property.Name != "EqualityContract")
                .Where(property => seen.Add(property.Name));
        }

        /// <summary>A property's attributes, and those of the record parameter it was declared by (<c>record Todo([Required] string Title)</c>).</summary>
        private static IEnumerable<AttributeData> AttributesOf(IPropertySymbol property)
        {
            var own = property.GetAttributes();
            if (property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not ParameterSyntax declaration)
            {
                return own;
            }

            var parameter = property.ContainingType.InstanceConstructors
                .SelectMany(static constructor => constructor.Parameters)
                .FirstOrDefault(parameter => parameter.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax() == declaration));
            return parameter is null ? own : own.Concat(parameter.GetAttributes());
        }

        /// <summary>Whether a type's members are read for checks: a class or struct of the application, not the framework's.</summary>
        private static bool IsWalkable(ITypeSymbol type) =>
            type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsRefLikeType: false } named
            && named.SpecialType == SpecialType.None
            && !IsFrameworkType(named);

        private static bool IsFrameworkType(ITypeSymbol type)
        {
            var root = type.ContainingNamespace;
            while (root is { ContainingNamespace.IsGlobalNamespace: false })
            {
                root = root.ContainingNamespace;
            }

            return root?.Name is "System" or "Microsoft";
        }

        /// <summary>The elements of a collection whose elements are walked, and how to walk them; null for anything else.</summary>
        private static (ITypeSymbol Type, ElementAccess Access)? ElementOf(ITypeSymbol type)
        {
            var (element, access) = type switch
            {
                IArrayTypeSymbol { Rank: 1 } array => (array.ElementType, ElementAccess.Array),
                _ when EnumerableElement(type) is { } enumerated => (enumerated, HasCount(type) && HasIndexer(type) ? ElementAccess.Indexed : ElementAccess.Enumerated),
                _ => (null, ElementAccess.Array),
            };
            return element is not null && IsWalkable(Underlying(element)) && ReferenceEquals(Underlying(element), element) ? (element, access) : null;
        }

        private static ITypeSymbol? EnumerableElement(ITypeSymbol type)
        {
            if (type.SpecialType == SpecialType.System_String || type.TypeKind != TypeKind.Class && type.TypeKind != TypeKind.Interface)
            {
                return null;
            }

            var enumerable = (type is INamedTypeSymbol named && IsNamed(named.OriginalDefinition, "System.Collections.Generic.IEnumerable<T>") ? named : null)
                ?? type.AllInterfaces.FirstOrDefault(static contract => IsNamed(contract.OriginalDefinition, "System.Collections.Generic.IEnumerable<T>"));
            return enumerable?.TypeArguments[0];
        }

        private static bool HasCount(ITypeSymbol type) => Members(type).OfType<IPropertySymbol>()
            .Any(static property => property is { Name: "Count", IsStatic: false, Type.SpecialType: SpecialType.System_Int32, DeclaredAccessibility: Accessibility.Public });

        private static bool HasIndexer(ITypeSymbol type) => Members(type).OfType<IPropertySymbol>()
            .Any(static property => property is { IsIndexer: true, IsStatic: false, DeclaredAccessibility: Accessibility.Public, Parameters.Length: 1 }
                && property.Parameters[0].Type.SpecialType == SpecialType.System_Int32);

        /// <summary>The members of a type, its base types' and, for an interface, its base interfaces'.</summary>
        private static IEnumerable<ISymbol> Members(ITypeSymbol type)
        {
            var types = type.TypeKind == TypeKind.Interface ? new[] { type }.Concat(type.AllInterfaces) : BaseChain(type);
            return types.SelectMany(static t => t.GetMembers());
        }

        private static IEnumerable<ITypeSymbol> BaseChain(ITypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                yield return current;
            }
        }

        private static LocationInfo AttributeLocation(AttributeData attribute) =>
            LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? Location.None);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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

        /// <summary>
        /// The types a handler's parameters reach, each read once: their checked members, then which of them have checks
        /// at all, directly or through what they hold, so a cycle (a node holding nodes) ends.
        /// </summary>
        private sealed class ValidationGraph(List<DiagnosticInfo> diagnostics)
        {
            private readonly Dictionary<string, List<ValidatedValue>?> _members = new(StringComparer.Ordinal);
            private readonly List<(string TypeName, bool IsValidatableObject)> _order = [];

            /// <param name="withChecks">The names of the types with checks, for the parameters to be pruned by.</param>
            public List<ValidatedType> TypesWithChecks(out HashSet<string> withChecks)
            {
                // A type has checks when a member has rules, or holds a type with checks; grown until nothing changes.
                var found = new HashSet<string>(StringComparer.Ordinal);
                withChecks = found;
                for (var changed = true; changed;)
                {
                    changed = false;
                    foreach (var (typeName, isValidatableObject) in _order)
                    {
                        if (!found.Contains(typeName)
                            && (isValidatableObject || _members[typeName]!.Any(member => HasChecks(member, found))))
                        {
                            changed = found.Add(typeName);
                        }
                    }
                }

                return _order
                    .Where(type => found.Contains(type.TypeName))
                    .Select(type => new ValidatedType(
                        type.TypeName,
                        new(_members[type.TypeName]!.Where(member => HasChecks(member, found)).Select(member => Pruned(member, found))),
                        type.IsValidatableObject))
                    .ToList();
            }

            /// <summary>
            /// A checked parameter or property, or null when nothing about it is checked. Its type is walked only when it
            /// is read as JSON (a body, or a property of one): a query string value holds no members.
            /// </summary>
            public ValidatedValue? Value(ITypeSymbol type, string key, string member, IEnumerable<AttributeData> attributes, string target, bool walksType)
            {
                var underlying = Underlying(type);
                var shape = type.SpecialType == SpecialType.System_String ? ValidatedShape.String
                    : !ReferenceEquals(underlying, type) ? ValidatedShape.NullableValue
                    : type.IsValueType ? ValidatedShape.Value
                    : ValidatedShape.Reference;
                var element = walksType && shape != ValidatedShape.String ? ElementOf(type) : null;
                var lengthMember = shape == ValidatedShape.String || type is IArrayTypeSymbol ? "Length"
                    : shape == ValidatedShape.Reference && HasCount(type) ? "Count"
                    : null;
                var displayName = DisplayName(attributes) ?? key;
                var rules = Rules(attributes, underlying, shape, lengthMember, displayName, target);

                string? nestedType = null;
                string? elementType = null;
                var access = ElementAccess.Array;
                if (element is { } walked)
                {
                    elementType = Walk(walked.Type);
                    access = walked.Access;
                }
                else if (walksType && IsWalkable(underlying))
                {
                    nestedType = Walk(underlying);
                }

                return rules.Count == 0 && nestedType is null && elementType is null
                    ? null
                    : new ValidatedValue(key, member, shape, lengthMember, new(rules), nestedType, elementType, access);
            }

            /// <summary>Reads the members of a type the first time it is met; its name, the key of its validator.</summary>
            private string Walk(ITypeSymbol type)
            {
                var typeName = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeNameFormat);
                if (_members.ContainsKey(typeName))
                {
                    return typeName;
                }

                _members[typeName] = null;
                var isValidatableObject = type.AllInterfaces.Any(static contract => IsNamed(contract, ValidatableObjectName));
                _order.Add((typeName, isValidatableObject));
                var members = new List<ValidatedValue>();
                foreach (var property in Properties(type))
                {
                    var escaped = SyntaxFacts.GetKeywordKind(property.Name) == SyntaxKind.None ? property.Name : "@" + property.Name;
                    var target = $"property '{type.ToDisplayString(DisplayFormat)}.{property.Name}'";
                    if (Value(property.Type, property.Name, escaped, AttributesOf(property), target, walksType: true) is { } value)
                    {
                        members.Add(value);
                    }
                }

                _members[typeName] = members;
                return typeName;
            }

            public static bool HasChecks(ValidatedValue value, HashSet<string> withChecks) =>
                value.Rules.Count > 0
                || (value.NestedType is { } nested && withChecks.Contains(nested))
                || (value.ElementType is { } element && withChecks.Contains(element));

            /// <summary>The value without the walks that turned out to check nothing.</summary>
            public static ValidatedValue Pruned(ValidatedValue value, HashSet<string> withChecks) => value with
            {
                NestedType = value.NestedType is { } nested && withChecks.Contains(nested) ? nested : null,
                ElementType = value.ElementType is { } element && withChecks.Contains(element) ? element : null,
            };

            /// <summary>
            /// The checks the attributes ask for, in declaration order with <c>[Required]</c> first, after adding a
            /// diagnostic for each attribute that cannot be checked here as written.
            /// </summary>
            private List<ValidationRule> Rules(
                IEnumerable<AttributeData> attributes, ITypeSymbol underlying, ValidatedShape shape, string? lengthMember, string displayName, string target)
            {
                var rules = new List<ValidationRule>();
                foreach (var attribute in attributes)
                {
                    if (attribute.AttributeClass is not { } attributeClass || !IsValidationAttribute(attributeClass))
                    {
                        continue;
                    }

                    var name = attributeClass.Name.EndsWith("Attribute", StringComparison.Ordinal)
                        ? attributeClass.Name.Substring(0, attributeClass.Name.Length - "Attribute".Length)
                        : attributeClass.Name;
                    var location = AttributeLocation(attribute);
                    if (Named(attribute, "ErrorMessageResourceType") is not null || Named(attribute, "ErrorMessageResourceName") is not null)
                    {
                        Unsupported(name, "its message comes from resources at run time; give ErrorMessage, or leave it to the default message");
                        continue;
                    }

                    var fullName = attributeClass.ToDisplayString();
                    var rule = fullName.StartsWith(DataAnnotations, StringComparison.Ordinal) ? fullName.Substring(DataAnnotations.Length) switch
                    {
                        "RequiredAttribute" => Required(),
                        "RangeAttribute" => Range(),
                        "StringLengthAttribute" => StringLength(),
                        "MinLengthAttribute" => LengthRule(Argument(0), null, "The field {0} must be a string or array type with a minimum length of '{1}'.", Argument(0)),
                        "MaxLengthAttribute" => MaxLength(),
                        "LengthAttribute" => LengthRule(Argument(0), Argument(1), "The field {0} must be a string or collection type with a minimum length of '{1}' and maximum length of '{2}'.", Argument(0), Argument(1)),
                        "RegularExpressionAttribute" => Pattern(),
                        "EmailAddressAttribute" => TextRule(ValidationRuleKind.EmailAddress, "The {0} field is not a valid e-mail address."),
                        "UrlAttribute" => TextRule(ValidationRuleKind.Url, "The {0} field is not a valid fully-qualified http, https, or ftp URL."),
                        _ => Unsupported(name, "the generated code checks [Required], [Range], [StringLength], [MinLength], [MaxLength], [Length], [RegularExpression], [EmailAddress] and [Url]; check this one in the handler"),
                    }
                    : Unsupported(name, "it is checked by its own IsValid at run time, which the generated code does not call; check it in the handler, or implement IValidatableObject on the type");
                    if (rule is not null)
                    {
                        if (rule.Kind == ValidationRuleKind.Required)
                        {
                            rules.Insert(0, rule);
                        }
                        else
                        {
                            rules.Add(rule);
                        }
                    }

                    object? Argument(int index) => attribute.ConstructorArguments.Length > index ? attribute.ConstructorArguments[index].Value : null;

                    ValidationRule? Required()
                    {
                        // A value type that is not nullable always has a value: [Required] passes, as in ASP.NET Core.
                        return shape == ValidatedShape.Value
                            ? null
                            : Make(ValidationRuleKind.Required, "The {0} field is required.", null, null, allowEmptyStrings: Named(attribute, "AllowEmptyStrings") is true);
                    }

                    ValidationRule? Range()
                    {
                        if (attribute.ConstructorArguments.Length != 2 || !IsNumber(underlying))
                        {
                            return attribute.ConstructorArguments.Length != 2
                                ? Unsupported(name, "a range given by a type and two strings is parsed at run time; give two int or two double bounds")
                                : DoesNotApply("it compares numbers; use [StringLength] or [Length] for a length, or check the value in the handler");
                        }

                        var minimum = Argument(0)!;
                        var maximum = Argument(1)!;
                        if (Convert.ToDouble(minimum, CultureInfo.InvariantCulture) > Convert.ToDouble(maximum, CultureInfo.InvariantCulture))
                        {
                            return Invalid($"has a minimum ({Format(minimum)}) greater than its maximum ({Format(maximum)}), so no value passes");
                        }

                        var exclusive = (Named(attribute, "MinimumIsExclusive") is true ? 1 : 0) | (Named(attribute, "MaximumIsExclusive") is true ? 2 : 0);
                        var message = exclusive switch
                        {
                            1 => "The field {0} must be between {1} exclusive and {2}.",
                            2 => "The field {0} must be between {1} and {2} exclusive.",
                            3 => "The field {0} must be between {1} exclusive and {2} exclusive.",
                            _ => "The field {0} must be between {1} and {2}.",
                        };
                        var cast = underlying.SpecialType is SpecialType.System_Decimal or SpecialType.System_UInt64 ? "(double)" : string.Empty;
                        return Make(ValidationRuleKind.Range, message, Literal(minimum), Literal(maximum), exclusive: exclusive, cast: cast, arguments: [minimum, maximum]);
                    }

                    ValidationRule? StringLength()
                    {
                        if (shape != ValidatedShape.String)
                        {
                            return DoesNotApply("it measures strings; use [MinLength], [MaxLength] or [Length] for a collection");
                        }

                        var maximum = Argument(0) as int? ?? 0;
                        var minimum = Named(attribute, "MinimumLength") as int? ?? 0;
                        if (maximum < 0 || minimum > maximum)
                        {
                            return Invalid(maximum < 0 ? "has a negative maximum length" : $"has a MinimumLength ({minimum}) greater than its maximum length ({maximum}), so no string passes");
                        }

                        return minimum == 0
                            ? Make(ValidationRuleKind.Length, "The field {0} must be a string with a maximum length of {1}.", null, Literal(maximum), arguments: [maximum])
                            : Make(ValidationRuleKind.Length, "The field {0} must be a string with a minimum length of {2} and a maximum length of {1}.", Literal(minimum), Literal(maximum), arguments: [maximum, minimum]);
                    }

                    ValidationRule? MaxLength()
                    {
                        // MaxLength() is the largest length allowed, -1: no limit.
                        var maximum = Argument(0) as int? ?? -1;
                        return maximum == -1 && lengthMember is not null
                            ? null
                            : LengthRule(null, maximum, "The field {0} must be a string or array type with a maximum length of '{1}'.", maximum);
                    }

                    ValidationRule? LengthRule(object? minimum, object? maximum, string message, params object?[] arguments)
                    {
                        if (lengthMember is null)
                        {
                            return DoesNotApply("it measures a string, an array or a collection with a Count");
                        }

                        if (minimum is < 0 || maximum is < 1 || (minimum is int low && maximum is int high && low > high))
                        {
                            return Invalid(minimum is < 0 ? "has a negative minimum length"
                                : maximum is < 1 ? "has a maximum length below 1, so no value passes"
                                : $"has a minimum length ({minimum}) greater than its maximum ({maximum}), so no value passes");
                        }

                        return Make(ValidationRuleKind.Length, message, minimum is null ? null : Literal(minimum), maximum is null ? null : Literal(maximum), arguments: arguments);
                    }

                    ValidationRule? Pattern()
                    {
                        if (shape != ValidatedShape.String)
                        {
                            return DoesNotApply("it matches strings; take the value as a string, or check it in the handler");
                        }

                        var pattern = Argument(0) as string ?? string.Empty;
                        try
                        {
                            _ = new Regex(pattern);
                        }
                        catch (ArgumentException exception)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValidationPattern, location, SymbolDisplay.FormatLiteral(pattern, quote: true), target, exception.Message));
                            return null;
                        }

                        return Make(ValidationRuleKind.RegularExpression, "The field {0} must match the regular expression '{1}'.", pattern, null, arguments: [pattern]);
                    }

                    ValidationRule? TextRule(ValidationRuleKind kind, string message) =>
                        shape != ValidatedShape.String
                            ? DoesNotApply("it checks strings; take the value as a string")
                            : Make(kind, message, null, null);

                    ValidationRule? Make(
                        ValidationRuleKind kind, string defaultMessage, string? minimum, string? maximum, int exclusive = 0, string cast = "", bool allowEmptyStrings = false, object?[]? arguments = null)
                    {
                        var format = Named(attribute, "ErrorMessage") as string ?? defaultMessage;
                        string message;
                        try
                        {
                            message = string.Format(CultureInfo.InvariantCulture, format, [displayName, .. (arguments ?? []).Select(Format)]);
                        }
                        catch (FormatException)
                        {
                            return Invalid("has an ErrorMessage that is not a valid format string: {0} is the name, then the attribute's arguments");
                        }

                        return new ValidationRule(kind, message, minimum, maximum, exclusive, cast, allowEmptyStrings);
                    }

                    ValidationRule? DoesNotApply(string why)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.ValidationAttributeDoesNotApply, location, name, target, underlying.ToDisplayString(), why));
                        return null;
                    }

                    ValidationRule? Invalid(string problem)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValidationArguments, location, name, target, problem));
                        return null;
                    }

                    ValidationRule? Unsupported(string attributeName, string why)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedValidationAttribute, location, attributeName, target, why));
                        return null;
                    }
                }

                return rules;
            }
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

using System;
using System.Collections.Generic;
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
        /// <summary>
        /// The types a handler's parameters reach, each read once: their checked members, then which of them have checks
        /// at all, directly or through what they hold, so a cycle (a node holding nodes) ends.
        /// </summary>
        private sealed partial class ValidationGraph(List<DiagnosticInfo> diagnostics)
        {
            private readonly List<DiagnosticInfo> _diagnostics = diagnostics;

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
        }
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Parser
    {
        /// <summary>
        /// Describes the JSON a source-generated context reads and writes for a type, from the type's symbol, as
        /// System.Text.Json's generator sees it: public instance properties with a getter (and fields marked
        /// <c>[JsonInclude]</c>), <c>[JsonIgnore]</c> left out, named by <c>[JsonPropertyName]</c> or the context's naming
        /// policy. Object types become named schemas, collected once each while one handler is parsed.
        /// </summary>
        private sealed class JsonSchemaBuilder(JsonNaming naming, CancellationToken cancellationToken)
        {
            private readonly Dictionary<string, JsonSchemaComponent?> _components = new(System.StringComparer.Ordinal);

            /// <summary>The named schemas reached so far, in ordinal order of their type ids.</summary>
            public EquatableArray<JsonSchemaComponent> Components => new(_components.Values
                .Where(static component => component is not null)
                .Select(static component => component!)
                .OrderBy(static component => component.TypeId, System.StringComparer.Ordinal));

            /// <summary>The schema of a value of <paramref name="type"/>, <c>null</c> included when its annotation or <c>Nullable&lt;T&gt;</c> says so.</summary>
            /// <summary>A reference to a named schema the generator describes itself (a problem details object), added once.</summary>
            public JsonSchema Known(JsonSchemaComponent component)
            {
                _components[component.TypeId] = component;
                return JsonSchema.To(component.TypeId);
            }

            public JsonSchema Schema(ITypeSymbol type)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
                {
                    return Schema(nullable.TypeArguments[0]) with { Nullable = true };
                }

                var schema = NonNullSchema(type);
                return type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated ? schema with { Nullable = true } : schema;
            }

            private JsonSchema NonNullSchema(ITypeSymbol type)
            {
                switch (type.SpecialType)
                {
                    case SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_UInt16:
                        return JsonSchema.Of("integer", "int32");
                    case SpecialType.System_Int64:
                        return JsonSchema.Of("integer", "int64");
                    case SpecialType.System_UInt32:
                        return JsonSchema.Of("integer", "uint32");
                    case SpecialType.System_UInt64:
                        return JsonSchema.Of("integer", "uint64");
                    case SpecialType.System_Single:
                        return JsonSchema.Of("number", "float");
                    case SpecialType.System_Double or SpecialType.System_Decimal:
                        return JsonSchema.Of("number", "double");
                    case SpecialType.System_Boolean:
                        return JsonSchema.Of("boolean");
                    case SpecialType.System_String or SpecialType.System_Char:
                        return JsonSchema.Of("string");
                    case SpecialType.System_DateTime:
                        return JsonSchema.Of("string", "date-time");
                    case SpecialType.System_Object:
                        return JsonSchema.Any;
                }

                if (type is IArrayTypeSymbol array)
                {
                    return array.ElementType.SpecialType == SpecialType.System_Byte
                        ? JsonSchema.Of("string", "byte")
                        : JsonSchema.ArrayOf(Schema(array.ElementType));
                }

                if (type.TypeKind == TypeKind.Enum)
                {
                    return naming.WritesEnumAsString(type) ? JsonSchema.StringEnum(EnumNames(type)) : JsonSchema.Of("integer", "int32");
                }

                switch (type.ToDisplayString())
                {
                    case "System.Guid":
                        return JsonSchema.Of("string", "uuid");
                    case "System.DateTimeOffset":
                        return JsonSchema.Of("string", "date-time");
                    case "System.DateOnly":
                        return JsonSchema.Of("string", "date");
                    case "System.TimeOnly":
                        return JsonSchema.Of("string", "time");
                    case "System.TimeSpan":
                        return JsonSchema.Of("string");
                    case "System.Uri":
                        return JsonSchema.Of("string", "uri");
                    case "System.Text.Json.JsonElement" or "System.Text.Json.JsonDocument" or "System.Text.Json.Nodes.JsonNode":
                        return JsonSchema.Any;
                }

                if (ElementTypes(type, "System.Collections.Generic.IDictionary<TKey, TValue>", "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>") is { } map)
                {
                    return JsonSchema.MapOf(Schema(map[1]));
                }

                if (ElementTypes(type, "System.Collections.Generic.IEnumerable<T>") is { } sequence)
                {
                    return JsonSchema.ArrayOf(Schema(sequence[0]));
                }

                return type is INamedTypeSymbol named ? Reference(named) : JsonSchema.Any;
            }

            /// <summary>The type arguments of the first of <paramref name="interfaces"/> the type is or implements, or null.</summary>
            private static ImmutableArray<ITypeSymbol>? ElementTypes(ITypeSymbol type, params string[] interfaces)
            {
                var candidates = type is INamedTypeSymbol { TypeKind: TypeKind.Interface } self ? type.AllInterfaces.Prepend(self) : type.AllInterfaces;
                foreach (var name in interfaces)
                {
                    if (candidates.FirstOrDefault(candidate => IsNamed(candidate.OriginalDefinition, name)) is { } found)
                    {
                        return found.TypeArguments;
                    }
                }

                return null;
            }

            private JsonSchema Reference(INamedTypeSymbol type)
            {
                var typeId = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                if (!_components.ContainsKey(typeId))
                {
                    // Held before the members are described, so that a type reaching itself refers to itself.
                    _components[typeId] = null;
                    var comment = DocComment.Of(type, cancellationToken);
                    _components[typeId] = new JsonSchemaComponent(typeId, ComponentName(type), comment.Summary, new(Properties(type, comment)));
                }

                return JsonSchema.To(typeId);
            }

            private List<JsonSchemaProperty> Properties(INamedTypeSymbol type, DocComment typeComment)
            {
                var properties = new List<JsonSchemaProperty>();
                foreach (var member in Members(type))
                {
                    var (memberType, isRequired) = member is IPropertySymbol property
                        ? (property.Type, property.IsRequired)
                        : (((IFieldSymbol)member).Type, ((IFieldSymbol)member).IsRequired);
                    var name = Attribute(member, AttributeNames.JsonPropertyName)?.ConstructorArguments.FirstOrDefault().Value as string
                        ?? naming.PropertyName(member.Name);
                    var schema = Schema(memberType);
                    var required = isRequired
                        || Attribute(member, AttributeNames.JsonRequired) is not null
                        || (!schema.Nullable && !IsAnyValue(schema, memberType) && (memberType.IsValueType || memberType.NullableAnnotation == NullableAnnotation.NotAnnotated));
                    var description = DocComment.Of(member, cancellationToken).Summary ?? typeComment.Parameter(member.Name);
                    properties.RemoveAll(existing => existing.Name == name);
                    properties.Add(new JsonSchemaProperty(name, schema, required, description));
                }

                return properties;
            }

            /// <summary>A member typed <c>object</c> or a JSON node can be null whatever its annotation says.</summary>
            private static bool IsAnyValue(JsonSchema schema, ITypeSymbol type) => schema == JsonSchema.Any && type.IsReferenceType;

            /// <summary>The members System.Text.Json serializes, base types' first, each in declaration order.</summary>
            private static IEnumerable<ISymbol> Members(INamedTypeSymbol type)
            {
                var chain = new List<INamedTypeSymbol>();
                for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
                {
                    chain.Insert(0, current);
                }

                return chain.SelectMany(static declaring => declaring.GetMembers()).Where(static member => member switch
                {
                    IPropertySymbol property => property is { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod.DeclaredAccessibility: Accessibility.Public }
                        && !IsIgnored(property)
                        && !(property.Name == "EqualityContract" && property.ContainingType.IsRecord),
                    IFieldSymbol field => field is { IsStatic: false, IsImplicitlyDeclared: false, DeclaredAccessibility: Accessibility.Public }
                        && Attribute(field, AttributeNames.JsonInclude) is not null
                        && !IsIgnored(field),
                    _ => false,
                });
            }

            /// <summary>Marked <c>[JsonIgnore]</c> with no condition, or <c>JsonIgnoreCondition.Always</c> (1); other conditions still write it sometimes.</summary>
            private static bool IsIgnored(ISymbol member) =>
                Attribute(member, AttributeNames.JsonIgnore) is { } ignore
                && ignore.NamedArguments.FirstOrDefault(static argument => argument.Key == "Condition").Value.Value is null or 1;

            private static AttributeData? Attribute(ISymbol symbol, string name) =>
                symbol.GetAttributes().FirstOrDefault(attribute => IsNamed(attribute.AttributeClass, name));

            private static EquatableArray<string> EnumNames(ITypeSymbol type) => new(type.GetMembers()
                .OfType<IFieldSymbol>()
                .Where(static field => field.HasConstantValue)
                .Select(static field => Attribute(field, AttributeNames.JsonStringEnumMemberName)?.ConstructorArguments.FirstOrDefault().Value as string ?? field.Name));

            /// <summary>The name of a type's schema: its name, with <c>Of</c> and its type arguments' names for a generic one (<c>PageOfTodo</c>).</summary>
            private static string ComponentName(ITypeSymbol type)
            {
                if (type is IArrayTypeSymbol array)
                {
                    return ComponentName(array.ElementType) + "Array";
                }

                if (type is not INamedTypeSymbol { IsGenericType: true } generic)
                {
                    return type.Name;
                }

                var name = new StringBuilder(generic.Name).Append("Of");
                name.Append(string.Join("And", generic.TypeArguments.Select(ComponentName)));
                return name.ToString();
            }
        }
    }
}

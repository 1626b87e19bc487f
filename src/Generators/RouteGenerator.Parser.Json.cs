using System.Collections.Generic;
using System.Linq;
using System.Text;
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
        /// The JSON type of a body parameter or a result, or null after adding the diagnostic that says how to list it.
        /// </summary>
        /// <param name="subject">How the message starts: <c>Parameter 'order' of handler 'Shop.Add' has type</c>.</param>
        private static HandlerType? JsonType(
            ITypeSymbol type, string subject, LocationInfo location, JsonContext? context, List<DiagnosticInfo> diagnostics)
        {
            var shown = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString();
            if (context is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoJsonContext, location, subject, shown));
                return null;
            }

            if (!context.IsContext)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidJsonContext, context.Location, context.Name));
                return null;
            }

            if (context.TypeInfo(type) is not { } typeInfo)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.JsonTypeNotInContext, location, subject, shown, context.Name));
                return null;
            }

            return new HandlerType(
                ValueKind.Json,
                type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeNameFormat),
                type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                typeInfo,
                EnumMembers: default,
                type.IsReferenceType)
            {
                WebJsonContext = context.UsesWebDefaults ? context.TypeName : null,
            };
        }

        /// <summary>
        /// The context <c>[assembly: JsonContext(typeof(X))]</c> names, and the types its <c>[JsonSerializable]</c>
        /// attributes list. It lives only while one method is parsed: the model keeps the strings it yields, never it.
        /// </summary>
        internal sealed class JsonContext
        {
            private readonly List<(ITypeSymbol Type, string Property)> _types;
            private readonly string _typeName;

            private JsonContext(INamedTypeSymbol context, LocationInfo location)
            {
                Name = context.ToDisplayString();
                Location = location;
                IsContext = BaseTypes(context).Any(static type => IsNamed(type, AttributeNames.JsonSerializerContext))
                    && IsReachableFromGeneratedCode(context);
                _typeName = context.ToDisplayString(TypeNameFormat);
                Naming = JsonNaming.Of(context);
                UsesWebDefaults = !context.IsAbstract
                    && !context.GetAttributes().Any(static attribute => IsNamed(attribute.AttributeClass, AttributeNames.JsonSourceGenerationOptions));
                _types = context.GetAttributes()
                    .Where(static attribute => IsNamed(attribute.AttributeClass, AttributeNames.JsonSerializable))
                    .Select(static attribute => (Type: attribute.ConstructorArguments.FirstOrDefault().Value as ITypeSymbol, Attribute: attribute))
                    .Where(static listed => listed.Type is not null and not IErrorTypeSymbol)
                    .Select(static listed => (listed.Type!, PropertyName(listed.Attribute, listed.Type!)))
                    .ToList();
            }

            /// <summary>The context as messages name it: <c>App.AppJsonContext</c>.</summary>
            public string Name { get; }

            /// <summary>Where the assembly attribute names it.</summary>
            public LocationInfo Location { get; }

            /// <summary>How the context names members and writes enums, for the OpenAPI document's schemas.</summary>
            public JsonNaming Naming { get; }

            /// <summary>Whether it derives from <c>JsonSerializerContext</c>, as a context must, and generated code can reach it.</summary>
            public bool IsContext { get; }

            /// <summary>
            /// Whether the router reads and writes through an instance of it with ASP.NET Core's web defaults (camelCase
            /// names, case-insensitive reading, numbers from strings), as a minimal API does: unless the context names
            /// options of its own with <c>[JsonSourceGenerationOptions]</c>, which are the application's choice and kept.
            /// </summary>
            public bool UsesWebDefaults { get; }

            /// <summary>The context as generated code names it: <c>global::App.AppJsonContext</c>.</summary>
            public string TypeName => _typeName;

            public static JsonContext? Find(Compilation compilation, CancellationToken cancellationToken)
            {
                var attribute = compilation.Assembly.GetAttributes()
                    .FirstOrDefault(static attribute => IsNamed(attribute.AttributeClass, AttributeNames.JsonContext));
                if (attribute?.ConstructorArguments.FirstOrDefault().Value is not INamedTypeSymbol context)
                {
                    return null;
                }

                return new JsonContext(context, AssemblyAttributeLocation(attribute, cancellationToken));
            }

            /// <summary>
            /// The metadata property of <paramref name="type"/>, or null when the context does not list it:
            /// <c>global::App.AppJsonContext.Default.Order</c> for a context with options of its own, else the web instance's
            /// (<c>WebJson.Context.Order</c>). Reference types are listed without <c>?</c>, so that is ignored.
            /// </summary>
            public string? TypeInfo(ITypeSymbol type) =>
                _types.FirstOrDefault(listed => SymbolEqualityComparer.Default.Equals(listed.Type, type)).Property is { } property
                    ? UsesWebDefaults ? $"{Emitter.WebJsonClass}.Context.{property}" : $"{_typeName}.Default.{property}"
                    : null;

            private static IEnumerable<INamedTypeSymbol> BaseTypes(INamedTypeSymbol type)
            {
                for (var current = type.BaseType; current is not null; current = current.BaseType)
                {
                    yield return current;
                }
            }

            /// <summary>The property the System.Text.Json generator adds for a listed type: its <c>TypeInfoPropertyName</c>, or one made from its name.</summary>
            private static string PropertyName(AttributeData attribute, ITypeSymbol type) =>
                attribute.NamedArguments.FirstOrDefault(static argument => argument.Key == "TypeInfoPropertyName").Value.Value as string
                ?? DefaultPropertyName(type);

            /// <summary>
            /// As the System.Text.Json generator names it: <c>Order</c>, <c>OrderArray</c>, <c>Int32Array2D</c>,
            /// <c>ListOrder</c>, <c>DictionaryStringInt32</c>, <c>NullablePoint</c> (the type arguments of containing types too).
            /// </summary>
            private static string DefaultPropertyName(ITypeSymbol type)
            {
                if (type is IArrayTypeSymbol array)
                {
                    return DefaultPropertyName(array.ElementType) + (array.Rank == 1 ? "Array" : $"Array{array.Rank}D");
                }

                if (type is not INamedTypeSymbol { IsGenericType: true } generic)
                {
                    return type.Name;
                }

                var name = new StringBuilder(generic.Name);
                foreach (var argument in TypeArgumentsInScope(generic))
                {
                    name.Append(DefaultPropertyName(argument));
                }

                return name.ToString();
            }

            /// <summary>The type arguments of <paramref name="type"/> and of the types containing it, outermost first.</summary>
            private static IEnumerable<ITypeSymbol> TypeArgumentsInScope(INamedTypeSymbol type) =>
                (type.ContainingType is { } outer ? TypeArgumentsInScope(outer) : []).Concat(type.TypeArguments);
        }
    }
}

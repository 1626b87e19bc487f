using System.Linq;
using Microsoft.CodeAnalysis;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Parser
    {
        /// <summary>How generated code names a type: <c>global::Shop.Order</c>, <c>int</c>.</summary>
        private static readonly SymbolDisplayFormat TypeNameFormat = SymbolDisplayFormat.FullyQualifiedFormat;

        /// <summary>How generated code declares a local of a parameter's type, its <c>?</c> included.</summary>
        private static readonly SymbolDisplayFormat DeclaredTypeFormat =
            SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        /// <summary>
        /// The kind of a type that generated code parses or writes by itself, or null for any other type, which only
        /// JSON can bind or write.
        /// </summary>
        private static ValueKind? SimpleKind(ITypeSymbol type) => type switch
        {
            { SpecialType: SpecialType.System_Int32 } => ValueKind.Int32,
            { SpecialType: SpecialType.System_Int64 } => ValueKind.Int64,
            { SpecialType: SpecialType.System_Int16 } => ValueKind.Int16,
            { SpecialType: SpecialType.System_UInt32 } => ValueKind.UInt32,
            { SpecialType: SpecialType.System_UInt64 } => ValueKind.UInt64,
            { SpecialType: SpecialType.System_Boolean } => ValueKind.Boolean,
            { SpecialType: SpecialType.System_Double } => ValueKind.Double,
            { SpecialType: SpecialType.System_Decimal } => ValueKind.Decimal,
            { SpecialType: SpecialType.System_String } => ValueKind.String,
            { TypeKind: TypeKind.Enum } => ValueKind.Enum,
            INamedTypeSymbol guid when IsNamed(guid, "System.Guid") => ValueKind.Guid,
            INamedTypeSymbol date when IsNamed(date, "System.DateTime") => ValueKind.DateTime,
            INamedTypeSymbol date when IsNamed(date, "System.DateTimeOffset") => ValueKind.DateTimeOffset,
            INamedTypeSymbol date when IsNamed(date, "System.DateOnly") => ValueKind.DateOnly,
            INamedTypeSymbol time when IsNamed(time, "System.TimeOnly") => ValueKind.TimeOnly,
            INamedTypeSymbol request when IsNamed(request, AttributeNames.HttpRequest) => ValueKind.Request,
            INamedTypeSymbol result when IsNamed(result, AttributeNames.HttpResult) => ValueKind.HttpResult,
            INamedTypeSymbol streamed when IsNamed(streamed, AttributeNames.StreamedResult) => ValueKind.StreamedResult,
            INamedTypeSymbol token when IsNamed(token, "System.Threading.CancellationToken") => ValueKind.CancellationToken,
            INamedTypeSymbol stream when IsNamed(stream, "System.IO.Stream") => ValueKind.Stream,
            INamedTypeSymbol reader when IsNamed(reader, "System.IO.Pipelines.PipeReader") => ValueKind.PipeReader,
            IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte } => ValueKind.ByteArray,
            INamedTypeSymbol { IsGenericType: true } span
                when IsNamed(span.OriginalDefinition, "System.ReadOnlySpan<T>") && span.TypeArguments[0].SpecialType == SpecialType.System_Byte
                => ValueKind.ByteSpan,
            _ => null,
        };

        private static HandlerType SimpleType(ValueKind kind, ITypeSymbol type) => kind == ValueKind.Enum
            ? new HandlerType(
                kind,
                type.ToDisplayString(TypeNameFormat),
                type.Name,
                JsonTypeInfo: null,
                new(type.GetMembers().OfType<IFieldSymbol>().Where(static field => field.HasConstantValue).Select(static field => field.Name)),
                IsReferenceType: false)
            : HandlerType.Simple(kind, type.ToDisplayString(TypeNameFormat), DisplayName(kind, type));

        private static string DisplayName(ValueKind kind, ITypeSymbol type) => kind switch
        {
            ValueKind.Guid => "Guid",
            ValueKind.ByteSpan => "ReadOnlySpan<byte>",
            ValueKind.Request => "HttpRequest",
            ValueKind.HttpResult => "HttpResult",
            ValueKind.StreamedResult => "StreamedResult",
            ValueKind.CancellationToken => "CancellationToken",
            ValueKind.Stream => "Stream",
            ValueKind.PipeReader => "PipeReader",
            _ => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
        };

        /// <summary><c>T</c> of a <c>T?</c> that is a value type; else the type itself.</summary>
        private static ITypeSymbol Underlying(ITypeSymbol type) =>
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

        /// <summary>
        /// Whether a type is a JSON document's shape: a class, struct, interface or array that can live on the heap
        /// (not a span or other ref struct) and is not a task, whose result is what a handler would mean.
        /// </summary>
        private static bool IsJsonShaped(ITypeSymbol type) =>
            type is IArrayTypeSymbol
            || (type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface, IsRefLikeType: false }
                && !IsAwaitable(type));

        private static bool IsAwaitable(ITypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (!current.GetMembers("GetAwaiter").IsEmpty)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

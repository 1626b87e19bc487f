using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using MiniHttp.Generators.Diagnostics;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Parser
    {
        private static readonly HandlerType VoidResult = HandlerType.Simple(ValueKind.Void, "void", "void");

        /// <summary>
        /// What the handler's result is and whether a task brings it, or null after adding a diagnostic that says what
        /// to return instead.
        /// </summary>
        private static (HandlerType Type, ResultCompletion Completion)? ParseResult(
            IMethodSymbol method, string displayName, Lazy<JsonContext?> json, List<DiagnosticInfo> diagnostics)
        {
            var location = LocationInfo.From(method.Locations[0]);
            if (method.ReturnsVoid)
            {
                return (VoidResult, ResultCompletion.Returned);
            }

            var returnsByReference = method.ReturnsByRef || method.ReturnsByRefReadonly;
            var (resultType, completion) = returnsByReference ? (method.ReturnType, ResultCompletion.Returned) : Unwrapped(method.ReturnType);
            if (resultType is null)
            {
                return (VoidResult, completion);
            }

            var shown = (returnsByReference ? "ref " : string.Empty) + method.ReturnType.ToDisplayString();
            if (IsAbstractResult(resultType))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AbstractResultReturned, location, displayName, shown));
                return null;
            }

            if (!returnsByReference && IsTypedResult(resultType))
            {
                return TypedResult((INamedTypeSymbol)resultType, displayName, location, json.Value, diagnostics) is { } typed
                    ? (typed, completion)
                    : null;
            }

            // Dates are arguments only: as a result a date's text is a choice (ISO 8601, RFC 1123, a format), the handler's to make.
            var kind = returnsByReference ? null : SimpleKind(resultType);
            if (kind is not null and not (ValueKind.Enum or ValueKind.DateTime or ValueKind.DateTimeOffset or ValueKind.DateOnly or ValueKind.TimeOnly or ValueKind.Request or ValueKind.CancellationToken or ValueKind.Stream or ValueKind.PipeReader))
            {
                return (SimpleType(kind.Value, resultType), completion);
            }

            // A nullable number has no text for null: only JSON (a listed int?) could write it, and that is not what is meant.
            if (!returnsByReference && kind is null && SimpleKind(Underlying(resultType)) is null && IsJsonShaped(resultType))
            {
                return JsonType(resultType, $"Handler '{displayName}' returns", location, json.Value, diagnostics) is { } jsonType
                    ? (jsonType, completion)
                    : null;
            }

            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedReturnType, location, displayName, shown));
            return null;
        }

        /// <summary>
        /// Whether a type is a result of some other framework's shape, <c>IResult</c> or <c>IActionResult</c>: an
        /// interface or abstract class named for results. JSON would write only its declared properties, never the
        /// status a handler returning one means.
        /// </summary>
        private static bool IsAbstractResult(ITypeSymbol type) =>
            type is INamedTypeSymbol { TypeKind: TypeKind.Interface } or INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: true }
            && type.Name.EndsWith("Result", StringComparison.Ordinal);

        /// <summary>What a task completes with (null for a task of nothing) and which kind of task it is; else the type itself.</summary>
        private static (ITypeSymbol? Result, ResultCompletion Completion) Unwrapped(ITypeSymbol type) => type switch
        {
            INamedTypeSymbol task when IsNamed(task, "System.Threading.Tasks.Task") => (null, ResultCompletion.Task),
            INamedTypeSymbol task when IsNamed(task, "System.Threading.Tasks.ValueTask") => (null, ResultCompletion.ValueTask),
            INamedTypeSymbol { IsGenericType: true } task when IsNamed(task.OriginalDefinition, "System.Threading.Tasks.Task<TResult>")
                => (task.TypeArguments[0], ResultCompletion.Task),
            INamedTypeSymbol { IsGenericType: true } task when IsNamed(task.OriginalDefinition, "System.Threading.Tasks.ValueTask<TResult>")
                => (task.TypeArguments[0], ResultCompletion.ValueTask),
            _ => (type, ResultCompletion.Returned),
        };
    }
}

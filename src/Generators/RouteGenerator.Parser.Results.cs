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
        /// <summary>What the handler returns, or null after adding a diagnostic that says what to return instead.</summary>
        private static HandlerType? ParseResult(IMethodSymbol method, string displayName, Lazy<JsonContext?> json, List<DiagnosticInfo> diagnostics)
        {
            var location = LocationInfo.From(method.Locations[0]);
            var returnType = method.ReturnType;
            if (method.ReturnsVoid)
            {
                return HandlerType.Simple(ValueKind.Void, "void", "void");
            }

            var returnsByReference = method.ReturnsByRef || method.ReturnsByRefReadonly;
            if (!returnsByReference && returnType is INamedTypeSymbol named && IsNamed(named, AttributeNames.HttpResult))
            {
                return HandlerType.Simple(ValueKind.HttpResult, "global::MiniHttp.HttpResult", "HttpResult");
            }

            var kind = returnsByReference ? null : SimpleKind(returnType);
            if (kind is not null and not (ValueKind.Enum or ValueKind.Request))
            {
                return SimpleType(kind.Value, returnType);
            }

            // A nullable number has no text for null: only JSON (a listed int?) could write it, and that is not what is meant.
            if (!returnsByReference && kind is null && SimpleKind(Underlying(returnType)) is null && IsJsonShaped(returnType))
            {
                return JsonType(returnType, $"Handler '{displayName}' returns", location, json.Value, diagnostics);
            }

            var shown = (returnsByReference ? "ref " : string.Empty) + returnType.ToDisplayString();
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedReturnType, location, displayName, shown));
            return null;
        }
    }
}

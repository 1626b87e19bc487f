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
        /// <summary>The typed results the generator writes, by name, with the status their type decides (null: the value's).</summary>
        private static readonly Dictionary<string, int?> KnownTypedResults = new()
        {
            ["Ok"] = 200,
            ["Created"] = 201,
            ["Accepted"] = 202,
            ["NoContent"] = 204,
            ["BadRequest"] = 400,
            ["NotFound"] = 404,
            ["Conflict"] = 409,
            ["UnprocessableEntity"] = 422,
            ["RedirectHttpResult"] = null,
            ["ProblemHttpResult"] = null,
            ["ValidationProblem"] = 400,
        };

        /// <summary>Whether a result type is a typed result or a union of them, which <see cref="TypedResult"/> parses.</summary>
        private static bool IsTypedResult(ITypeSymbol type) =>
            type is INamedTypeSymbol { TypeKind: TypeKind.Struct } named
            && (IsUnion(named) || named.AllInterfaces.Any(static implemented => IsNamed(implemented, AttributeNames.TypedResult)));

        private static bool IsUnion(INamedTypeSymbol type) =>
            type is { Name: "Results", TypeArguments.Length: >= 2 and <= 6 }
            && type.ContainingNamespace.ToDisplayString() == AttributeNames.TypedResultsNamespace;

        /// <summary>
        /// A typed result or a union of them, each JSON body checked against the context; or null after adding the
        /// diagnostics that say what to change.
        /// </summary>
        private static HandlerType? TypedResult(
            INamedTypeSymbol type, string displayName, LocationInfo location, JsonContext? json, List<DiagnosticInfo> diagnostics)
        {
            var shown = type.ToDisplayString();
            var union = IsUnion(type);
            var members = union ? type.TypeArguments.OfType<INamedTypeSymbol>().ToList() : [type];
            if (union)
            {
                var repeated = members.GroupBy(static member => member, SymbolEqualityComparer.Default).FirstOrDefault(static same => same.Count() > 1);
                if (repeated is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnionListsResultTwice, location, displayName, shown, repeated.Key!.ToDisplayString()));
                    return null;
                }
            }

            var cases = new List<ResultCase>();
            foreach (var member in members)
            {
                if (Case(member, displayName, shown, location, json, diagnostics) is { } parsed)
                {
                    cases.Add(parsed);
                }
            }

            if (cases.Count != members.Count)
            {
                return null;
            }

            return HandlerType.Simple(ValueKind.TypedResult, type.ToDisplayString(TypeNameFormat), type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)) with
            {
                Cases = new(cases),
                IsUnion = union,
            };
        }

        private static ResultCase? Case(
            INamedTypeSymbol member, string displayName, string shown, LocationInfo location, JsonContext? json, List<DiagnosticInfo> diagnostics)
        {
            if (member.ContainingNamespace.ToDisplayString() != AttributeNames.TypedResultsNamespace
                || !KnownTypedResults.TryGetValue(member.Name, out var statusCode)
                || member.TypeArguments.Length > 1)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnknownTypedResult, location, displayName, member.ToDisplayString(), string.Join(", ", KnownTypedResults.Keys)));
                return null;
            }

            if (member.TypeArguments.Length == 0)
            {
                return new ResultCase(member.Name, statusCode, Value: null);
            }

            var value = JsonType(member.TypeArguments[0], $"Handler '{displayName}' returns '{shown}' with a body of type", location, json, diagnostics);
            return value is null ? null : new ResultCase(member.Name, statusCode, value);
        }
    }
}

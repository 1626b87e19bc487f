using System;
using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        private const string CorsPoliciesClass = "CorsPolicies";

        /// <summary>
        /// Names each distinct CORS policy of the routes, <c>Cors_1</c> and on, in the route table's order: one field of
        /// <c>CorsPolicies</c> each, shared by every route with that policy.
        /// </summary>
        private static Dictionary<CorsPolicy, string> NameCorsPolicies(EquatableArray<Route> routes)
        {
            var names = new Dictionary<CorsPolicy, string>();
            foreach (var policy in routes.Select(static route => route.Handler.Cors).OfType<CorsPolicy>())
            {
                if (!names.ContainsKey(policy))
                {
                    names.Add(policy, "Cors_" + (names.Count + 1).ToString(CultureInfo.InvariantCulture));
                }
            }

            return names;
        }

        /// <summary>The binder's parameters that hold the route's filters, from the router's fields, each followed by ", ".</summary>
        private static string FilterParameters(Binder binder) => string.Concat(
            binder.Route.Handler.Filters.Select(static (filter, i) => $"{filter.TypeName} {FilterLocal(i)}, "));

        /// <summary>The arguments a binder call passes for the route's filters: the router's fields, each followed by ", ".</summary>
        private static string FilterArguments(Binder binder) => string.Concat(binder.FilterFields.Select(static field => field + ", "));

        private static string FilterLocal(int index) => "filter_" + (index + 1).ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// Writes what runs before a route's arguments are bound: its CORS policy's response fields first, so that a
        /// filter's refusal carries them too (a browser shows a page's script no response without them), then each filter,
        /// in order, a direct call on the router's instance; the first that answers ends the binder. A route without
        /// either gets nothing.
        /// </summary>
        private static void WriteRouteFilters(IndentedTextWriter writer, Binder binder)
        {
            if (binder.CorsPolicy is { } policy)
            {
                writer.WriteLine($"{CorsPoliciesClass}.{policy}.AddResponseHeaders(in request, response);");
                writer.WriteLineNoTabs(string.Empty);
            }

            for (var i = 0; i < binder.Route.Handler.Filters.Count; i++)
            {
                writer.WriteLine($"if (!{FilterLocal(i)}.OnRequest(in request, response))");
                writer.WriteLine("{");
                writer.Indent++;
                writer.WriteLine("return;");
                writer.Indent--;
                writer.WriteLine("}");
                writer.WriteLineNoTabs(string.Empty);
            }
        }

        /// <summary>
        /// The statement that answers <c>OPTIONS</c> on a path some of whose routes have a CORS policy: each policy tries
        /// the request as a preflight for its routes' methods (<c>HEAD</c> with <c>GET</c>); a request none answers, a
        /// plain <c>OPTIONS</c> or a preflight the policies refuse, gets the path's ordinary answer. Null for a path without
        /// CORS, which keeps its one-line answer.
        /// </summary>
        private static string? PreflightStatement(List<Binder> binders, string allow)
        {
            var policies = binders
                .Where(static binder => binder.CorsPolicy is not null)
                .GroupBy(static binder => binder.CorsPolicy!, StringComparer.Ordinal)
                .Select(samePolicy =>
                {
                    var methods = samePolicy.Select(static binder => binder.Route.Method).ToList();
                    if (methods.Contains(HttpMethods.Get) && !binders.Any(static binder => binder.Route.Method == HttpMethods.Head))
                    {
                        methods.Add(HttpMethods.Head);
                    }

                    return $"!{CorsPoliciesClass}.{samePolicy.Key}.TryAnswerPreflight(in request, response, {Utf8Literal(HttpMethods.AllowValue(methods))})";
                })
                .ToList();
            if (policies.Count == 0)
            {
                return null;
            }

            var condition = "if (" + string.Join("\n    && ", policies) + ")";
            return $"{condition}\n{{\n    response.WriteOptions({Utf8Literal(allow)});\n}}";
        }

        /// <summary>Writes the class that holds the router's CORS policies, each made once, when the router is first used.</summary>
        private static void WriteCorsPolicies(IndentedTextWriter writer, Dictionary<CorsPolicy, string> policies)
        {
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>The routes' CORS policies, their header lines encoded once.</summary>");
            writer.WriteLine($"file static class {CorsPoliciesClass}");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var named in policies.OrderBy(static policy => policy.Value, StringComparer.Ordinal))
            {
                var (policy, name) = (named.Key, named.Value);
                writer.WriteLine($"public static readonly global::MiniHttp.Cors.CorsPolicy {name} = new(");
                writer.Indent++;
                writer.WriteLine($"{Strings(policy.Origins)},");
                writer.WriteLine($"allowCredentials: {(policy.AllowCredentials ? "true" : "false")},");
                writer.WriteLine($"allowedHeaders: {Strings(policy.AllowedHeaders)},");
                writer.WriteLine($"exposedHeaders: {Strings(policy.ExposedHeaders)},");
                writer.WriteLine($"maxAgeSeconds: {policy.MaxAgeSeconds.ToString(CultureInfo.InvariantCulture)});");
                writer.Indent--;
            }

            writer.Indent--;
            writer.WriteLine("}");
        }

        private static string Strings(EquatableArray<string> values) =>
            "[" + string.Join(", ", values.Select(static value => SymbolDisplay.FormatLiteral(value, quote: true))) + "]";
    }
}

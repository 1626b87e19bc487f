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
        private static void WriteBinders(IndentedTextWriter writer, List<Binder> binders)
        {
            writer.WriteLine("/// <summary>One method per route: binds the handler's arguments, calls it and writes its result.</summary>");
            writer.WriteLine($"file static class {BindersClass}");
            writer.WriteLine("{");
            writer.Indent++;
            for (var i = 0; i < binders.Count; i++)
            {
                if (i > 0)
                {
                    writer.WriteLineNoTabs(string.Empty);
                }

                WriteBinder(writer, binders[i]);
            }

            writer.Indent--;
            writer.WriteLine("}");
            WriteEnumParsers(writer, binders);
            WriteValidators(writer, binders);
        }

        private static void WriteBinder(IndentedTextWriter writer, Binder binder)
        {
            var route = binder.Route;
            var handler = route.Handler;
            var answersHead = AnswersHead(route);
            writer.WriteLine(answersHead
                ? $"// {route.Method} and HEAD {route.Path} -> {handler.DisplayName}"
                : $"// {route.Method} {route.Path} -> {handler.DisplayName}");
            var routeParameters = string.Concat(route.Segments
                .Where(static segment => segment.Kind != RouteSegmentKind.Literal)
                .Select(segment => ", " + RouteParameterDeclaration(segment, handler)));
            var instance = (binder.Instance is null ? string.Empty : binder.Instance.TypeName + " routes, ")
                + string.Concat(handler.Parameters.Where(static p => p.Source == BindingSource.Services).Select(static p => $"{p.Type.TypeName} {ServiceLocal(p)}, "));
            var signatureEnd = $"scoped in global::MiniHttp.HttpRequest request, global::MiniHttp.HttpResponse response{routeParameters}{(answersHead ? ", bool omitBody" : string.Empty)})";
            if (handler.ServesOpenApiDocument)
            {
                WriteOpenApiDocumentBinder(writer, binder, signatureEnd);
                return;
            }

            if (handler.WebSocket is { } webSocket)
            {
                WriteWebSocketBinder(writer, binder, webSocket, instance, signatureEnd);
                return;
            }

            var name = binder.Name;
            if (handler.TakesRequestServices)
            {
                WriteScopeOpeningBinder(writer, binder, FilterParameters(binder) + instance, signatureEnd);
                name = InScopeName(binder);
                instance += $"global::System.IServiceProvider {RequestServicesParameter}, ";
            }

            var filterParameters = handler.TakesRequestServices ? string.Empty : FilterParameters(binder);
            writer.WriteLine($"public static void {name}({filterParameters}{instance}{signatureEnd}");
            writer.WriteLine("{");
            writer.Indent++;
            var omitBody = OmitBodyArgument(route);
            writer.WriteLine($"response.Route = {SymbolDisplay.FormatLiteral(route.Path, quote: true)};");
            if (!handler.TakesRequestServices)
            {
                WriteRouteFilters(writer, binder);
            }

            WriteEnableCompression(writer, handler);
            foreach (var parameter in handler.Parameters)
            {
                WriteArgument(writer, parameter, route, omitBody);
            }

            WriteValidation(writer, handler, omitBody);

            if (handler.Blocking)
            {
                WriteBlockingCall(writer, binder, omitBody);
            }
            else
            {
                var target = binder.Instance is null ? string.Empty : "routes.";
                var call = $"{target}{handler.InvocationName}({string.Join(", ", handler.Parameters.Select(static parameter => ArgumentExpression(parameter)))})";
                WriteCall(writer, binder, call, omitBody);
            }

            writer.Indent--;
            writer.WriteLine("}");
            if (handler.Completion != ResultCompletion.Returned && !handler.Blocking)
            {
                WriteWhenDone(writer, binder, omitBody);
            }
        }

        /// <summary>
        /// Names each route's binder after its method and path, <c>Get_baseline11</c> or <c>PURGE_cache</c>, with a
        /// number appended when two differ only in characters an identifier cannot hold.
        /// </summary>
        private static List<Binder> NameBinders(EquatableArray<Route> routes, RouterState state, Dictionary<CorsPolicy, string> corsPolicies)
        {
            var instanceOfClass = state.Instances.ToDictionary(static instance => instance.TypeName, StringComparer.Ordinal);
            var serviceFields = state.Services.ToDictionary(static service => service.TypeName, static service => service.FieldName, StringComparer.Ordinal);
            var taken = new HashSet<string>();
            var binders = new List<Binder>(routes.Count);
            foreach (var route in routes)
            {
                var path = IdentifierPart(route.Path);
                var method = HttpMethods.RequestMethodMember(route.Method) ?? IdentifierPart(route.Method);
                var name = method + "_" + (path.Length == 0 ? "root" : path);
                var instance = route.Handler.RoutesClass is { } routesClass ? instanceOfClass[routesClass] : null;
                var services = route.Handler.Parameters
                    .Where(static parameter => parameter.Source == BindingSource.Services)
                    .Select(parameter => serviceFields.TryGetValue(parameter.Type.TypeName, out var field) ? field : instanceOfClass[parameter.Type.TypeName].FieldName)
                    .ToList();
                var filters = route.Handler.Filters.Select(filter => instanceOfClass[filter.TypeName].FieldName).ToList();
                var cors = route.Handler.Cors is { } policy ? corsPolicies[policy] : null;
                binders.Add(new Binder(route, UniqueName(name, taken), instance, services) { FilterFields = filters, CorsPolicy = cors });
            }

            return binders;
        }

        /// <summary><paramref name="name"/>, or with the first number from 2 appended that makes it not yet taken.</summary>
        private static string UniqueName(string name, HashSet<string> taken)
        {
            var unique = name;
            for (var suffix = 2; !taken.Add(unique); suffix++)
            {
                unique = name + "_" + suffix.ToString(CultureInfo.InvariantCulture);
            }

            return unique;
        }

        /// <summary>
        /// How a binder takes a route value from its matcher: parsed, as the handler parameter's type, when the
        /// template constrains it; else as raw bytes, which the binder parses and answers 400 for.
        /// </summary>
        private static string RouteParameterDeclaration(RouteSegment segment, Handler handler)
        {
            var parameter = handler.Parameters.First(p => p.Source == BindingSource.Route && p.Name == segment.Text);
            return IsConstrained(segment.Kind)
                ? $"{parameter.Type.TypeName} {ArgumentLocal(parameter)}"
                : $"ReadOnlySpan<byte> {RawValueLocal(parameter)}";
        }

        /// <summary>
        /// The last argument of the binder's writes: a <c>GET</c> binder passes its own <c>omitBody</c>, since it also
        /// answers <c>HEAD</c>; a handler declared for <c>HEAD</c> never sends a body (RFC 9110, section 9.3.2).
        /// </summary>
        private static string OmitBodyArgument(Route route) => route.Method switch
        {
            HttpMethods.Get => ", omitBody",
            HttpMethods.Head => ", omitBody: true",
            _ => string.Empty,
        };

        /// <summary>The letters and digits of <paramref name="text"/>, each run of anything else one '_': <c>users_id_int</c>.</summary>
        private static string IdentifierPart(string text) =>
            string.Join("_", text.Split(text.Where(static c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries));

        /// <summary>
        /// A route, the name of the method in the binder class that answers it, for an instance handler the routes
        /// instance the binder calls it on, and the router's fields of the singleton services it takes, in parameter order.
        /// </summary>
        private sealed record Binder(Route Route, string Name, RoutesInstance? Instance, List<string> ServiceFields)
        {
            /// <summary>The router's fields of the route's filters, in the order they run.</summary>
            public List<string> FilterFields { get; init; } = [];

            /// <summary>The field of <c>CorsPolicies</c> that holds the route's CORS policy, or null.</summary>
            public string? CorsPolicy { get; init; }
        }
    }
}

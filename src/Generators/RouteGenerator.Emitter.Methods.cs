using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Linq;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>The request target of <c>OPTIONS *</c>, which asks about the server rather than one of its paths.</summary>
        private const string AsteriskPath = "*";

        /// <summary>The name of the method that answers <c>*</c>: no literal path's method has it, since theirs start with <c>Path_</c>.</summary>
        private const string AsteriskMethod = "Asterisk";

        /// <summary>Writes the method that answers a matched literal path: the switch on the method.</summary>
        private static void WritePathMethod(IndentedTextWriter writer, PathCase path)
        {
            writer.WriteLine($"// {path.Path}");
            writer.WriteLine($"private void {path.Name}(scoped in global::MiniHttp.HttpRequest request, global::MiniHttp.HttpResponse response)");
            writer.WriteLine("{");
            writer.Indent++;
            WriteMethodSwitch(writer, path.Binders, routeArguments: string.Empty, answered: "return;");
            writer.Indent--;
            writer.WriteLine("}");
        }

        /// <summary>
        /// Writes the switch on the method of a matched path: each route's binder; <c>HEAD</c> answered by the
        /// <c>GET</c> binder without its body and <c>OPTIONS</c> by <c>204</c> with <c>Allow</c>, unless the path has
        /// handlers of their own for them; <c>405</c> for any other method, with the same <c>Allow</c> as <c>OPTIONS</c>.
        /// </summary>
        /// <param name="routeArguments">The route values the binders take after the response, each starting with ", ".</param>
        /// <param name="answered">The statement that ends the dispatch once a response is written.</param>
        private static void WriteMethodSwitch(IndentedTextWriter writer, List<Binder> binders, string routeArguments, string answered)
        {
            var explicitMethods = binders.Select(static binder => binder.Route.Method).ToList();
            var get = binders.FirstOrDefault(static binder => binder.Route.Method == HttpMethods.Get);
            var cases = binders
                .Select(binder => new MethodCase(binder.Route.Method, BinderCall(binder, routeArguments, omitBody: false)))
                .ToList();

            if (get is not null && !explicitMethods.Contains(HttpMethods.Head))
            {
                cases.Add(new MethodCase(HttpMethods.Head, BinderCall(get, routeArguments, omitBody: true)));
            }

            // 405 lists exactly what OPTIONS on the path lists, whether the automatic answer gives it or not.
            var allow = HttpMethods.AllowValue(cases.Select(static c => c.Method).Append(HttpMethods.Options));
            if (!explicitMethods.Contains(HttpMethods.Options))
            {
                cases.Add(new MethodCase(HttpMethods.Options, PreflightStatement(binders, allow) ?? $"response.WriteOptions({Utf8Literal(allow)});"));
            }

            writer.WriteLine("switch (request.Method)");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var methodCase in cases.OrderBy(static c => c.Method, HttpMethods.AllowOrder))
            {
                writer.WriteLine(CaseLabel(methodCase.Method));
                writer.Indent++;
                foreach (var line in methodCase.Statement.Split('\n'))
                {
                    writer.WriteLine(line);
                }

                writer.WriteLine(answered);
                writer.Indent--;
            }

            writer.WriteLine("default:");
            writer.Indent++;
            writer.WriteLine($"response.WriteMethodNotAllowed({Utf8Literal(allow)}, {IsHeadRequest});");
            writer.WriteLine(answered);
            writer.Indent--;
            writer.Indent--;
            writer.WriteLine("}");
        }

        /// <summary>
        /// Writes the method that answers <c>OPTIONS *</c> (RFC 9110, section 9.3.7): every method the application
        /// serves, on any path. No other method has a use for <c>*</c>, so any other gets <c>405</c>.
        /// </summary>
        private static void WriteAsteriskMethod(IndentedTextWriter writer, string name, List<Binder> binders)
        {
            var methods = binders.Select(static binder => binder.Route.Method).Append(HttpMethods.Options).ToList();
            if (methods.Contains(HttpMethods.Get))
            {
                methods.Add(HttpMethods.Head);
            }

            writer.WriteLine("// OPTIONS * asks what the server supports on any path (RFC 9110, section 9.3.7).");
            writer.WriteLine($"private void {name}(scoped in global::MiniHttp.HttpRequest request, global::MiniHttp.HttpResponse response)");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("if (request.Method == global::MiniHttp.RequestMethod.Options)");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"response.WriteOptions({Utf8Literal(HttpMethods.AllowValue(methods))});");
            writer.WriteLine("return;");
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine($"response.WriteMethodNotAllowed({Utf8Literal(HttpMethods.Options)}, {IsHeadRequest});");
            writer.Indent--;
            writer.WriteLine("}");
        }

        /// <summary>
        /// A known method is a member of <c>RequestMethod</c>; any other arrives as <c>Other</c> and is told apart by its
        /// token, compared byte for byte because methods are case-sensitive.
        /// </summary>
        private static string CaseLabel(string method) => HttpMethods.RequestMethodMember(method) is { } member
            ? $"case global::MiniHttp.RequestMethod.{member}:"
            : $"case global::MiniHttp.RequestMethod.Other when request.MethodToken.SequenceEqual({Utf8Literal(method)}):";

        /// <summary>
        /// The call of a route's binder: an instance handler's binder takes the router's instance of its class first;
        /// only a <c>GET</c> binder takes <c>omitBody</c>, since it also answers <c>HEAD</c>.
        /// </summary>
        private static string BinderCall(Binder binder, string routeArguments, bool omitBody)
        {
            var instance = FilterArguments(binder)
                + (binder.Instance is null ? string.Empty : binder.Instance.FieldName + ", ")
                + string.Concat(binder.ServiceFields.Select(static field => field + ", "))
                + (binder.Route.Handler.TakesRequestServices ? ScopesField + ", " : string.Empty);
            return AnswersHead(binder.Route)
                ? $"{BindersClass}.{binder.Name}({instance}in request, response{routeArguments}, omitBody: {(omitBody ? "true" : "false")});"
                : $"{BindersClass}.{binder.Name}({instance}in request, response{routeArguments});";
        }

        private static bool AnswersHead(Route route) => route.Method == HttpMethods.Get;

        /// <summary>All the routes of one literal path, or none for <c>*</c>, and the name of the method that answers it.</summary>
        private sealed record PathCase(string Path, string Name, List<Binder> Binders);

        /// <summary>One case of a path's method switch: the method and the statement that answers it.</summary>
        private sealed record MethodCase(string Method, string Statement);
    }
}

using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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
        }

        private static void WriteBinder(IndentedTextWriter writer, Binder binder)
        {
            var route = binder.Route;
            var handler = route.Handler;
            writer.WriteLine($"// {route.Verb.Token()} {route.Path} -> {handler.DisplayName}");
            writer.WriteLine($"public static void {binder.Name}(scoped in global::MiniHttp.HttpRequest request, global::MiniHttp.HttpResponse response)");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var parameter in handler.Parameters)
            {
                WriteArgument(writer, parameter);
            }

            var call = $"{handler.InvocationName}({string.Join(", ", handler.Parameters.Select(static parameter => ArgumentLocal(parameter)))})";
            writer.WriteLine(handler.ResultKind == ValueKind.String
                ? $"response.WritePlainText({call} ?? \"\");"
                : $"response.WritePlainText({call});");
            writer.Indent--;
            writer.WriteLine("}");
        }

        /// <summary>
        /// Names each route's binder after its method and path, <c>Get_baseline11</c>, with a number appended when
        /// two paths differ only in characters an identifier cannot hold.
        /// </summary>
        private static List<Binder> NameBinders(EquatableArray<Route> routes)
        {
            var taken = new HashSet<string>();
            var binders = new List<Binder>(routes.Count);
            foreach (var route in routes)
            {
                var path = new string(route.Path.Select(static c => char.IsLetterOrDigit(c) ? c : '_').ToArray()).Trim('_');
                var name = route.Verb.RequestMethodMember() + "_" + (path.Length == 0 ? "root" : path);
                var unique = name;
                for (var suffix = 2; !taken.Add(unique); suffix++)
                {
                    unique = name + "_" + suffix.ToString(CultureInfo.InvariantCulture);
                }

                binders.Add(new Binder(route, unique));
            }

            return binders;
        }

        /// <summary>A route and the name of the method in the binder class that answers it.</summary>
        private sealed record Binder(Route Route, string Name);
    }
}

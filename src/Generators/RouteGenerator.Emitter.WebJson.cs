using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Linq;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>The file-local class holding the JSON context with web defaults, which the model's metadata names.</summary>
        public const string WebJsonClass = "WebJson";

        /// <summary>
        /// Writes the one instance of the application's JSON context made with <c>JsonSerializerDefaults.Web</c>, when some
        /// route reads or writes JSON through it: made once, on first use, so a request pays nothing for the defaults.
        /// Metadata of a context made with options resolves the property names and their case-insensitive matching from
        /// those options, for serializing and deserializing alike, with nothing generated at run time (Native AOT).
        /// </summary>
        private static void WriteWebJsonContext(IndentedTextWriter writer, EquatableArray<Route> routes)
        {
            var context = routes.SelectMany(static route => JsonTypes(route.Handler)).Select(static type => type.WebJsonContext).FirstOrDefault(static name => name is not null);
            if (context is null)
            {
                return;
            }

            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>The application's JSON context with ASP.NET Core's web defaults: camelCase names, case-insensitive reading.</summary>");
            writer.WriteLine($"file static class {WebJsonClass}");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"public static readonly {context} Context = new(new global::System.Text.Json.JsonSerializerOptions(global::System.Text.Json.JsonSerializerDefaults.Web));");
            writer.Indent--;
            writer.WriteLine("}");
        }

        private static IEnumerable<HandlerType> JsonTypes(Handler handler) =>
            handler.Parameters.Select(static parameter => parameter.Type)
                .Append(handler.Result)
                .Concat(handler.Result.Cases.Select(static @case => @case.Value!).Where(static value => value is not null));
    }
}

using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>What the emitted method calls the server's limit, which every route without one of its own keeps.</summary>
        private const string ServerLimit = "serverLimit";

        /// <summary>
        /// Writes <c>MaxBufferedRequestBodySize</c> when a handler has <c>[MaxBufferedRequestBodySize]</c>: its limit for
        /// exactly the requests <c>Dispatch</c> gives it, the server's for every other. An app without one keeps the
        /// interface's default, which returns the server's limit and which the JIT folds away.
        /// </summary>
        private static void WriteMaxBufferedRequestBodySize(IndentedTextWriter writer, List<PathCase> paths, List<TemplateCase> templates) =>
            WriteRouteQuery(
                writer,
                paths,
                templates,
                static binder => binder.Route.Handler.MaxBufferedRequestBodySize is not null,
                [
                    "/// <summary>The largest body the handler of this request takes whole, before it runs: its own limit, else the server's.</summary>",
                    $"public static int MaxBufferedRequestBodySize(global::MiniHttp.RequestMethod method, ReadOnlySpan<byte> path, int {ServerLimit})",
                ],
                otherwise: $"return {ServerLimit};",
                WriteBufferedBodyLimits);

        /// <summary>
        /// Writes the block that answers for a matched path: a switch from the request's method to its route's limit. A
        /// method routing knows only as <c>Other</c> gets the largest limit of such routes on the path (the server's
        /// standing for those without one), since <c>Dispatch</c> tells the exact token apart only later.
        /// </summary>
        private static void WriteBufferedBodyLimits(IndentedTextWriter writer, List<Binder> binders)
        {
            var arms = binders
                .SelectMany(static binder => RequestMethodMembers(binder).Select(member => (Member: member, Limit: LimitExpression(binder))))
                .GroupBy(static arm => arm.Member)
                .Select(static sameMethod => (Member: sameMethod.Key, Limit: Largest(sameMethod.Select(static arm => arm.Limit).Distinct().ToList())))
                .Where(static arm => arm.Limit != ServerLimit)
                .GroupBy(static arm => arm.Limit)
                .Select(static sameLimit => $"{string.Join(" or ", sameLimit.Select(static arm => "global::MiniHttp.RequestMethod." + arm.Member))} => {sameLimit.Key},");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("return method switch");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var arm in arms)
            {
                writer.WriteLine(arm);
            }

            writer.WriteLine($"_ => {ServerLimit},");
            writer.Indent--;
            writer.WriteLine("};");
            writer.Indent--;
            writer.WriteLine("}");
        }

        private static string LimitExpression(Binder binder) =>
            binder.Route.Handler.MaxBufferedRequestBodySize is { } limit ? limit.ToString(CultureInfo.InvariantCulture) : ServerLimit;

        private static string Largest(List<string> limits) => limits.Count == 1
            ? limits[0]
            : $"global::System.Math.Max({limits[0]}, {Largest(limits.GetRange(1, limits.Count - 1))})";
    }
}

using System.CodeDom.Compiler;
using System.Linq;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>The binder parameter that holds the request's scope's services, in a route that takes scoped services.</summary>
        private const string RequestServicesParameter = "requestServices";

        /// <summary>The binder parameter a singleton service arrives in, from the router's field.</summary>
        private static string ServiceLocal(HandlerParameter parameter) => "service_" + parameter.Name;

        /// <summary>The binder that runs inside the request's scope, behind the one that opens it.</summary>
        private static string InScopeName(Binder binder) => binder.Name + "_InScope";

        /// <summary>
        /// Writes the binder of a route that takes scoped services: it opens the request's scope, runs the binder proper in
        /// it, and hands the scope to the response, which disposes it once the response is written, deferred or not. A
        /// binder that throws disposes the scope at once; the server answers <c>500</c> as for any handler failure.
        /// </summary>
        private static void WriteScopeOpeningBinder(IndentedTextWriter writer, Binder binder, string leadingParameters, string signatureEnd)
        {
            var handler = binder.Route.Handler;
            var arguments = (binder.Instance is null ? string.Empty : "routes, ")
                + string.Concat(handler.Parameters.Where(static p => p.Source == BindingSource.Services).Select(static p => ServiceLocal(p) + ", "))
                + "scope.ServiceProvider, in request, response"
                + string.Concat(binder.Route.Segments.Where(static s => s.Kind != RouteSegmentKind.Literal).Select(segment => ", " + RouteArgumentName(segment, handler)))
                + (AnswersHead(binder.Route) ? ", omitBody" : string.Empty);
            writer.WriteLine($"public static void {binder.Name}({leadingParameters}global::Microsoft.Extensions.DependencyInjection.IServiceScopeFactory {ScopesParameter}, {signatureEnd}");
            writer.WriteLine("{");
            writer.Indent++;
            if (binder.CorsPolicy is not null || handler.Filters.Count > 0)
            {
                // Filters decide before the request's scope is opened, so a refused request costs no scope.
                writer.WriteLine($"response.Route = {Literal(binder.Route.Path)};");
                WriteRouteFilters(writer, binder);
            }

            writer.WriteLine($"var scope = global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateAsyncScope({ScopesParameter});");
            writer.WriteLine("try");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"{InScopeName(binder)}({arguments});");
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLine("catch");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("global::MiniHttp.Hosting.RouterServices.Abandon(scope);");
            writer.WriteLine("throw;");
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("response.DisposeAfterResponse(scope);");
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
        }

        /// <summary>The name a binder takes a route value by: its parsed local, or its raw bytes (see <c>RouteParameterDeclaration</c>).</summary>
        private static string RouteArgumentName(RouteSegment segment, Handler handler)
        {
            var parameter = handler.Parameters.First(p => p.Source == BindingSource.Route && p.Name == segment.Text);
            return IsConstrained(segment.Kind) ? ArgumentLocal(parameter) : RawValueLocal(parameter);
        }

        /// <summary>Writes the resolution of a scoped or transient service from the request's scope.</summary>
        private static void WriteRequestServiceArgument(IndentedTextWriter writer, HandlerParameter parameter, Route route)
        {
            var requiredBy = $"parameter '{parameter.Name}' of handler '{route.Handler.DisplayName}'";
            writer.WriteLine(
                $"var {ArgumentLocal(parameter)} = global::MiniHttp.Hosting.RouterServices.GetScoped<{parameter.Type.TypeName}>"
                + $"({RequestServicesParameter}, {Literal(parameter.Type.DisplayName)}, {Literal(requiredBy)});");
            writer.WriteLineNoTabs(string.Empty);
        }
    }
}

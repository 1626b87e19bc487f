using Microsoft.CodeAnalysis;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

/// <summary>
/// Compiles every <c>[Get]</c>/<c>[Post]</c> handler of the compilation into one dispatch method,
/// <c>MiniHttp.Generated.Router.Dispatch</c>: a switch on the path's length, its bytes and the method.
/// </summary>
/// <remarks>
/// Pipeline: each verb's attributed methods are parsed into cacheable models; the route table checks them as a
/// whole; the location-free routes go to the emitter and the diagnostics are reported apart, so an edit that only
/// moves code re-reports nothing and regenerates nothing.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed partial class RouteGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var getHandlers = Handlers(context, AttributeNames.Get, HttpVerb.Get, TrackingNames.GetHandlers);
        var postHandlers = Handlers(context, AttributeNames.Post, HttpVerb.Post, TrackingNames.PostHandlers);

        var routeTable = getHandlers.Collect()
            .Combine(postHandlers.Collect())
            .Select(static (handlers, _) => RouteTableBuilder.Build(handlers.Left.AddRange(handlers.Right)))
            .WithTrackingName(TrackingNames.RouteTable);

        var routes = routeTable
            .Select(static (table, _) => table.Routes)
            .WithTrackingName(TrackingNames.Routes);

        var diagnostics = routeTable
            .Select(static (table, _) => table.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(routes, static (output, routes) => output.AddSource(Emitter.FileName, Emitter.Emit(routes)));

        context.RegisterSourceOutput(diagnostics, static (output, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }

    private static IncrementalValuesProvider<HandlerDeclaration> Handlers(
        IncrementalGeneratorInitializationContext context, string attributeMetadataName, HttpVerb verb, string trackingName) =>
        context.SyntaxProvider
            .ForAttributeWithMetadataName(
                attributeMetadataName,
                // Every target is parsed, local functions and lambdas too, so a misplaced attribute gets a diagnostic.
                static (_, _) => true,
                (attributed, cancellationToken) => Parser.Parse(attributed, verb, cancellationToken))
            .WithTrackingName(trackingName);
}

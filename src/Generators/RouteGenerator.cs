using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using MiniHttp.Generators.Diagnostics;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

/// <summary>
/// Compiles every <c>[Get]</c>, <c>[Post]</c>, <c>[Put]</c>, <c>[Delete]</c>, <c>[Patch]</c> and <c>[Route]</c>
/// handler of the compilation into one dispatch method, <c>MiniHttp.Generated.Router.Dispatch</c>: a switch on the
/// path's length, its bytes and the method.
/// </summary>
/// <remarks>
/// Pipeline: each attribute's methods are parsed into cacheable models; the route table checks them as a
/// whole; the location-free routes go to the emitter and the diagnostics are reported apart, so an edit that only
/// moves code re-reports nothing and regenerates nothing.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed partial class RouteGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var handlers = Collect(
            Handlers(context, AttributeNames.Get, HttpMethods.Get, TrackingNames.GetHandlers),
            Handlers(context, AttributeNames.Post, HttpMethods.Post, TrackingNames.PostHandlers),
            Handlers(context, AttributeNames.Put, HttpMethods.Put, TrackingNames.PutHandlers),
            Handlers(context, AttributeNames.Delete, HttpMethods.Delete, TrackingNames.DeleteHandlers),
            Handlers(context, AttributeNames.Patch, HttpMethods.Patch, TrackingNames.PatchHandlers),
            Handlers(context, AttributeNames.Route, method: null, TrackingNames.RouteHandlers),
            context.SyntaxProvider
                .ForAttributeWithMetadataName(AttributeNames.WebSocket, static (_, _) => true, Parser.ParseWebSocket)
                .WithTrackingName(TrackingNames.WebSocketHandlers));

        var routeTable = handlers
            .Select(static (handlers, _) => RouteTableBuilder.Build(handlers))
            .WithTrackingName(TrackingNames.RouteTable);

        var routes = routeTable
            .Select(static (table, _) => table.Routes)
            .WithTrackingName(TrackingNames.Routes);

        var diagnostics = routeTable
            .Select(static (table, _) => table.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        var hooks = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => Parser.ParseRequestHooks(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.RequestHooks);

        var openApi = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => Parser.ParseOpenApi(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.OpenApi);

        var documentRoute = openApi.Select(static (declaration, _) => declaration.Options?.Route);

        context.RegisterSourceOutput(
            routes.Combine(hooks.Select(static (declaration, _) => declaration.Hooks)).Combine(documentRoute),
            static (output, source) => output.AddSource(
                Emitter.FileName,
                Emitter.Emit(RouteTableBuilder.WithOpenApiDocument(source.Left.Left, source.Right), source.Left.Right)));

        context.RegisterSourceOutput(
            routes.Combine(openApi.Select(static (declaration, _) => declaration.Options)),
            static (output, source) =>
            {
                if (source.Right is { } options)
                {
                    output.AddSource(Emitter.OpenApiFileName, Emitter.EmitOpenApi(source.Left, options));
                }
            });

        context.RegisterSourceOutput(routes.Combine(openApi), static (output, source) =>
        {
            var (routes, declaration) = source;
            if (declaration.Diagnostic is { } invalid)
            {
                output.ReportDiagnostic(invalid.ToDiagnostic());
            }
            else if (declaration.Options?.Route is { } route && RouteTableBuilder.DocumentRouteTakenBy(routes, route) is { } handler)
            {
                output.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.OpenApiRouteTaken, declaration.RouteLocation!, route, handler.DisplayName).ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(hooks, static (output, declaration) =>
        {
            if (declaration.Diagnostic is { } diagnostic)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(diagnostics, static (output, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }

    /// <param name="method">The attribute's method token, or null for <c>[Route]</c>, whose first argument is the method.</param>
    private static IncrementalValuesProvider<HandlerDeclaration> Handlers(
        IncrementalGeneratorInitializationContext context, string attributeMetadataName, string? method, string trackingName) =>
        context.SyntaxProvider
            .ForAttributeWithMetadataName(
                attributeMetadataName,
                // Every target is parsed, local functions and lambdas too, so a misplaced attribute gets a diagnostic.
                static (_, _) => true,
                (attributed, cancellationToken) => Parser.Parse(attributed, method, cancellationToken))
            .WithTrackingName(trackingName);

    /// <summary>Every attribute's handlers in one array, for the checks that need the whole route table.</summary>
    private static IncrementalValueProvider<ImmutableArray<HandlerDeclaration>> Collect(
        params IncrementalValuesProvider<HandlerDeclaration>[] handlersPerAttribute)
    {
        var all = handlersPerAttribute[0].Collect();
        foreach (var handlers in handlersPerAttribute.Skip(1))
        {
            all = all.Combine(handlers.Collect()).Select(static (pair, _) => pair.Left.AddRange(pair.Right));
        }

        return all;
    }
}

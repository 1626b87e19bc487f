using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MiniHttp.Generators.Diagnostics;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    /// <summary>The checks that need every route at once, and the order the dispatch switch tests routes in.</summary>
    internal static class RouteTableBuilder
    {
        public static RouteTable Build(ImmutableArray<HandlerDeclaration> handlers)
        {
            // A method with both [Get] and [Post] is parsed once per attribute, so its own problems arrive twice.
            var diagnostics = handlers.SelectMany(static handler => handler.Diagnostics).Distinct().ToList();

            // The first declaration in source order keeps a route; every later one is reported as its duplicate.
            var firstHandlers = new Dictionary<(string, string), Handler>();
            var firstShapes = new Dictionary<(string, string), Route>();
            var routes = new List<Route>();
            foreach (var declaration in handlers
                .SelectMany(static handler => handler.Routes)
                .OrderBy(static declaration => declaration.AttributeLocation.FilePath, StringComparer.Ordinal)
                .ThenBy(static declaration => declaration.AttributeLocation.TextSpan.Start))
            {
                var route = declaration.Route;
                if (firstHandlers.TryGetValue((route.Method, route.Path), out var first))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.DuplicateRoute,
                        declaration.AttributeLocation,
                        route.Method,
                        route.Path,
                        route.Handler.DisplayName,
                        first.DisplayName));
                    continue;
                }

                var shape = RoutePrecedence.Shape(route.Segments);
                if (firstShapes.TryGetValue((route.Method, shape), out var sameShape))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.AmbiguousRoutes,
                        declaration.AttributeLocation,
                        route.Method,
                        route.Path,
                        route.Handler.DisplayName,
                        sameShape.Path,
                        sameShape.Handler.DisplayName));
                    continue;
                }

                firstHandlers.Add((route.Method, route.Path), route.Handler);
                firstShapes.Add((route.Method, shape), route);
                routes.Add(route);
            }

            return new RouteTable(DispatchOrder(routes), new(diagnostics));
        }

        /// <summary>
        /// The routes with the router's own <c>GET</c> of the OpenAPI document at <paramref name="documentRoute"/>, in
        /// dispatch order; unchanged without a route, or when a handler already answers <c>GET</c> there (MH0057).
        /// </summary>
        public static EquatableArray<Route> WithOpenApiDocument(EquatableArray<Route> routes, string? documentRoute)
        {
            if (documentRoute is null || DocumentRouteTakenBy(routes, documentRoute) is not null)
            {
                return routes;
            }

            var document = new Handler(
                "MiniHttp.Generated.OpenApiDocument",
                "global::MiniHttp.Generated.OpenApiDocument.Utf8Json",
                RoutesClass: null,
                Parameters: default,
                HandlerType.Simple(ValueKind.ByteSpan, "global::System.ReadOnlySpan<byte>", "ReadOnlySpan<byte>"),
                ResultCompletion.Returned,
                "global::System.ReadOnlySpan<byte>") { ServesOpenApiDocument = true };
            var segments = documentRoute.Substring(1).Split('/').Select(static text => new RouteSegment(RouteSegmentKind.Literal, text));
            return DispatchOrder(routes.Append(new Route(HttpMethods.Get, documentRoute, new(segments), document)));
        }

        /// <summary>The handler that answers <c>GET</c> at the document's route, or null.</summary>
        public static Handler? DocumentRouteTakenBy(EquatableArray<Route> routes, string documentRoute) =>
            routes.FirstOrDefault(route => route.Method == HttpMethods.Get && route.Path == documentRoute)?.Handler;

        // Literal paths first, as the length switch tests them; then templates, most specific first.
        private static EquatableArray<Route> DispatchOrder(IEnumerable<Route> routes)
        {
            var dispatchOrder = routes
                .OrderBy(static route => route.IsLiteral ? 0 : 1)
                .ThenBy(static route => route.IsLiteral ? route.Path.Length : 0)
                .ThenBy(static route => route.IsLiteral ? route.Path : string.Empty, StringComparer.Ordinal)
                .ThenBy(static route => route.Segments, RoutePrecedence.Order)
                .ThenBy(static route => route.Path, StringComparer.Ordinal)
                .ThenBy(static route => route.Method, HttpMethods.AllowOrder);

            return new(dispatchOrder);
        }
    }
}

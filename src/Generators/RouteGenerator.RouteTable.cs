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
            // A method with both [Get] and [Post] is parsed once per verb, so its own problems arrive twice.
            var diagnostics = handlers.SelectMany(static handler => handler.Diagnostics).Distinct().ToList();

            // The first declaration in source order keeps a route; every later one is reported as its duplicate.
            var firstHandlers = new Dictionary<(HttpVerb, string), Handler>();
            var routes = new List<Route>();
            foreach (var declaration in handlers
                .SelectMany(static handler => handler.Routes)
                .OrderBy(static declaration => declaration.AttributeLocation.FilePath, StringComparer.Ordinal)
                .ThenBy(static declaration => declaration.AttributeLocation.TextSpan.Start))
            {
                var route = declaration.Route;
                if (firstHandlers.TryGetValue((route.Verb, route.Path), out var first))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.DuplicateRoute,
                        declaration.AttributeLocation,
                        route.Verb.Token(),
                        route.Path,
                        route.Handler.DisplayName,
                        first.DisplayName));
                    continue;
                }

                firstHandlers.Add((route.Verb, route.Path), route.Handler);
                routes.Add(route);
            }

            var dispatchOrder = routes
                .OrderBy(static route => route.Path.Length)
                .ThenBy(static route => route.Path, StringComparer.Ordinal)
                .ThenBy(static route => route.Verb);

            return new RouteTable(new(dispatchOrder), new(diagnostics));
        }
    }
}

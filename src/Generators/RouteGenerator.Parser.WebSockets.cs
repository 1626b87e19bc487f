using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using MiniHttp.Generators.Diagnostics;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Parser
    {
        /// <summary>
        /// Turns a <c>[WebSocket("/path", "sub", ...)]</c> method into a <c>GET</c> route whose binder runs the opening
        /// handshake and hands the handler the connection. The handler, static or of a routes class, takes the connection
        /// and any <c>[FromServices]</c> parameters and returns <c>Task</c> or <c>ValueTask</c>; else MH0029. Each
        /// subprotocol must be a token; else MH0030.
        /// </summary>
        public static HandlerDeclaration ParseWebSocket(GeneratorAttributeSyntaxContext attributed, CancellationToken cancellationToken)
        {
            var symbol = (IMethodSymbol)attributed.TargetSymbol;
            var displayName = symbol.ToDisplayString(DisplayFormat);
            var diagnostics = new List<DiagnosticInfo>();
            var attribute = attributed.Attributes[0];
            var arguments = attribute.ConstructorArguments;
            // An attribute without its arguments already has a compiler error; there is nothing to add.
            if (arguments.Length != 2 || arguments[0].Kind != TypedConstantKind.Primitive || arguments[1].Kind != TypedConstantKind.Array)
            {
                return new HandlerDeclaration(default, default);
            }

            var group = ParseRouteGroup(symbol, diagnostics, cancellationToken);
            if (group is { HasFilters: true })
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FiltersOnWebSocket, LocationInfo.From(symbol.Locations[0]), displayName));
            }

            var path = JoinTemplates(group?.Prefix ?? string.Empty, arguments[0].Value as string);
            var location = ArgumentLocation(attribute, 0, symbol, cancellationToken);
            if (RouteTemplate.Check(path, displayName, location, out var segments) is { } problem)
            {
                diagnostics.Add(problem);
            }

            var subProtocols = arguments[1].Values.Select(static value => value.Value as string).ToList();
            foreach (var subProtocol in subProtocols.Where(static subProtocol => !HttpMethods.IsToken(subProtocol)))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.WebSocketSubProtocolNotToken,
                    ArgumentLocation(attribute, 1 + subProtocols.IndexOf(subProtocol), symbol, cancellationToken),
                    RouteTemplate.Quote(subProtocol),
                    displayName));
            }

            var handler = ParseWebSocketHandler(symbol, displayName, subProtocols!, diagnostics);
            var routes = new List<RouteDeclaration>();
            var template = new ParsedTemplate(HttpMethods.Get, path!, segments, location, displayName);
            if (diagnostics.Count == 0 && handler is not null && CheckRouteBinding(template, handler, diagnostics))
            {
                routes.Add(new RouteDeclaration(new Route(template.Method, template.Path, new(template.Segments), handler), template.Location));
            }

            return new HandlerDeclaration(new(routes), new(diagnostics));
        }

        /// <summary>The handler, or null after adding MH0029 (or MH0001, MH0028, the accessibility and genericity diagnostics) for it.</summary>
        private static Handler? ParseWebSocketHandler(IMethodSymbol method, string displayName, List<string> subProtocols, List<DiagnosticInfo> diagnostics)
        {
            var diagnosticsBefore = diagnostics.Count;
            var location = LocationInfo.From(method.Locations[0]);
            var completion = Unwrapped(method.ReturnType) switch
            {
                (null, ResultCompletion.Task) => ResultCompletion.Task,
                (null, ResultCompletion.ValueTask) => ResultCompletion.ValueTask,
                _ => ResultCompletion.Returned,
            };
            var services = new List<HandlerParameter>();
            var connectionPosition = -1;
            var parametersFit = true;
            foreach (var parameter in method.Parameters)
            {
                if (parameter.RefKind != RefKind.None)
                {
                    parametersFit = false;
                }
                else if (IsNamed(parameter.Type, AttributeNames.WebSocketConnection) && connectionPosition < 0)
                {
                    connectionPosition = parameter.Ordinal;
                }
                else if (parameter.GetAttributes().FirstOrDefault(static a => IsNamed(a.AttributeClass, AttributeNames.FromServices)) is { } fromServices)
                {
                    // Its own diagnostic (MH0028) says what is wrong with a service parameter.
                    if (ParseServiceParameter(parameter, fromServices, displayName, LocationInfo.From(parameter.Locations[0]), diagnostics) is { } service)
                    {
                        services.Add(service);
                    }
                }
                else
                {
                    parametersFit = false;
                }
            }

            if (!parametersFit || connectionPosition < 0 || completion == ResultCompletion.Returned || method.ReturnsByRef)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WebSocketHandlerSignature, location, displayName));
            }

            if (!method.IsStatic && !IsRoutesClass(method.ContainingType))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InstanceHandlerNotInClass, location, displayName, method.ContainingType.ToDisplayString(DisplayFormat)));
            }

            if (!IsCallableFromGeneratedCode(method))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.HandlerNotAccessible, location, displayName));
            }

            if (method.IsGenericMethod || ContainingTypes(method).Any(static type => type.IsGenericType))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.HandlerMustNotBeGeneric, location, displayName));
            }

            if (diagnostics.Count != diagnosticsBefore)
            {
                return null;
            }

            // The binder answers the request itself (101, 400 or 426): the handler's task is the conversation, not a result.
            // An instance handler is called on the router's field of its class, so generated code names only the method.
            return new Handler(
                displayName,
                method.ToDisplayString(method.IsStatic ? InvocationFormat : SymbolDisplayFormat.FullyQualifiedFormat),
                method.IsStatic ? null : method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                new(services),
                VoidResult,
                ResultCompletion.Returned,
                method.ReturnType.ToDisplayString(DeclaredTypeFormat))
            {
                WebSocket = new WebSocketEndpoint(new(subProtocols), completion == ResultCompletion.Task, connectionPosition),
                RoutesClassConstructor = method.IsStatic ? null : ParseServiceConstructor(method.ContainingType),
            };
        }
    }
}

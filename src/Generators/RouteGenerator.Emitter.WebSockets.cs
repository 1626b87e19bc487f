using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>
        /// Writes a <c>[WebSocket]</c> route's binder: the runtime checks the handshake and answers it, and on a 101 the
        /// connection runs the handler. A static handler without services gets a lambda that captures nothing, so the
        /// compiler caches its delegate; the subprotocols are a collection expression of constants for a span, which costs
        /// no allocation either. A handler of a routes class or with services captures what the router holds for it, and
        /// one with scoped services runs in a scope of its own that lasts as long as the conversation.
        /// </summary>
        private static void WriteWebSocketBinder(IndentedTextWriter writer, Binder binder, WebSocketEndpoint webSocket, string leadingParameters, string signatureEnd)
        {
            var route = binder.Route;
            var handler = route.Handler;
            if (handler.TakesRequestServices)
            {
                leadingParameters += $"global::Microsoft.Extensions.DependencyInjection.IServiceScopeFactory {ScopesParameter}, ";
            }

            writer.WriteLine($"public static void {binder.Name}({leadingParameters}{signatureEnd}");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"response.Route = {SymbolDisplay.FormatLiteral(route.Path, quote: true)};");
            var subProtocols = webSocket.SubProtocols.Count == 0
                ? string.Empty
                : ", [" + string.Join(", ", webSocket.SubProtocols.Select(static name => SymbolDisplay.FormatLiteral(name, quote: true))) + "]";
            string conversation;
            if (handler.TakesRequestServices)
            {
                conversation = $"connection => {ConversationName(binder)}({HeldArguments(binder)}, connection)";
            }
            else
            {
                var call = WebSocketHandlerCall(binder, webSocket);
                var body = webSocket.ReturnsTask ? $"new global::System.Threading.Tasks.ValueTask({call})" : call;
                conversation = (binder.Instance is null && handler.Parameters.Count == 0 ? "static " : string.Empty) + "connection => " + body;
            }

            writer.WriteLine($"response.AcceptWebSocket(in request, {conversation}{subProtocols});");
            writer.Indent--;
            writer.WriteLine("}");
            if (handler.TakesRequestServices)
            {
                WriteScopedConversation(writer, binder, webSocket, leadingParameters);
            }
        }

        /// <summary>
        /// Writes the conversation of a handler with scoped services: the scope opens when the conversation begins and is
        /// disposed when the handler's task completes, however it completes, as a request's scope is after its response.
        /// </summary>
        private static void WriteScopedConversation(IndentedTextWriter writer, Binder binder, WebSocketEndpoint webSocket, string leadingParameters)
        {
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine($"private static async global::System.Threading.Tasks.ValueTask {ConversationName(binder)}({leadingParameters}global::MiniHttp.WebSockets.WebSocketConnection connection)");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"await using var scope = global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateAsyncScope({ScopesParameter});");
            writer.WriteLine($"var {RequestServicesParameter} = scope.ServiceProvider;");
            foreach (var parameter in binder.Route.Handler.Parameters.Where(static p => p.Source == BindingSource.RequestServices))
            {
                WriteRequestServiceArgument(writer, parameter, binder.Route);
            }

            writer.WriteLine($"await {WebSocketHandlerCall(binder, webSocket)}.ConfigureAwait(false);");
            writer.Indent--;
            writer.WriteLine("}");
        }

        private static string ConversationName(Binder binder) => binder.Name + "_Conversation";

        /// <summary>What the binder holds for the conversation: the routes instance, the singletons and the scope factory.</summary>
        private static string HeldArguments(Binder binder) =>
            (binder.Instance is null ? string.Empty : "routes, ")
            + string.Concat(binder.Route.Handler.Parameters.Where(static p => p.Source == BindingSource.Services).Select(static p => ServiceLocal(p) + ", "))
            + ScopesParameter;

        /// <summary>The handler's call: the connection at its place among the services.</summary>
        private static string WebSocketHandlerCall(Binder binder, WebSocketEndpoint webSocket)
        {
            var arguments = new List<string>(binder.Route.Handler.Parameters.Select(static parameter => ArgumentExpression(parameter)));
            arguments.Insert(webSocket.ConnectionPosition, "connection");
            var target = binder.Instance is null ? string.Empty : "routes.";
            return $"{target}{binder.Route.Handler.InvocationName}({string.Join(", ", arguments)})";
        }
    }
}

using System.CodeDom.Compiler;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>
        /// Writes a <c>[WebSocket]</c> route's answer: the runtime checks the handshake and answers it, and on a 101 the
        /// connection runs the handler. The lambda captures nothing, so the compiler caches its delegate; the subprotocols
        /// are a collection expression of constants for a span, which costs no allocation either.
        /// </summary>
        private static void WriteAcceptWebSocket(IndentedTextWriter writer, Handler handler, WebSocketEndpoint webSocket)
        {
            var call = $"{handler.InvocationName}(connection)";
            var body = webSocket.ReturnsTask ? $"new global::System.Threading.Tasks.ValueTask({call})" : call;
            var subProtocols = webSocket.SubProtocols.Count == 0
                ? string.Empty
                : ", [" + string.Join(", ", webSocket.SubProtocols.Select(static name => SymbolDisplay.FormatLiteral(name, quote: true))) + "]";
            writer.WriteLine($"response.AcceptWebSocket(in request, static connection => {body}{subProtocols});");
        }
    }
}

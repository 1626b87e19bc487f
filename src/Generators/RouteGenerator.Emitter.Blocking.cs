using System.CodeDom.Compiler;
using System.Linq;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>
        /// Writes the call of a <c>[Blocking]</c> handler: what the arguments take from the request's connection (its
        /// <c>Aborted</c> token, its body stream) is taken now, while the request is there; then the call and the writing
        /// of its result move to the thread pool, and the response is deferred to that work, so the thread that received
        /// the request (with inline completions, a socket event thread) is free while the handler blocks. An async
        /// handler is awaited there, with no completed-task shortcut: the hop to the pool is taken anyway.
        /// </summary>
        private static void WriteBlockingCall(IndentedTextWriter writer, Binder binder, string omitBody)
        {
            var handler = binder.Route.Handler;
            writer.WriteLine("// [Blocking]: the handler runs on the thread pool, where it holds up no other connection.");
            foreach (var parameter in handler.Parameters.Where(static parameter => IsTakenFromConnection(parameter.Kind)))
            {
                writer.WriteLine($"var {ArgumentLocal(parameter)} = {ArgumentExpression(parameter)};");
            }

            var target = binder.Instance is null ? string.Empty : "routes.";
            var arguments = handler.Parameters.Select(static parameter => IsTakenFromConnection(parameter.Kind) ? ArgumentLocal(parameter) : ArgumentExpression(parameter));
            var call = $"{target}{handler.InvocationName}({string.Join(", ", arguments)})";
            var awaits = handler.Completion != ResultCompletion.Returned || handler.Result.Kind == ValueKind.StreamedResult;

            writer.WriteLine(awaits
                ? "response.Defer(global::MiniHttp.Routing.BlockingWork.RunAsync(async () =>"
                : "response.Defer(global::MiniHttp.Routing.BlockingWork.Run(() =>");
            writer.WriteLine("{");
            writer.Indent++;
            if (handler.Completion == ResultCompletion.Returned)
            {
                WriteResult(writer, handler.Result, call, omitBody, awaiting: true);
            }
            else if (handler.Result.Kind == ValueKind.Void)
            {
                writer.WriteLine($"await {call}.ConfigureAwait(false);");
                WriteResult(writer, handler.Result, null, omitBody, awaiting: true);
            }
            else
            {
                writer.WriteLine($"var result = await {call}.ConfigureAwait(false);");
                WriteResult(writer, handler.Result, "result", omitBody, awaiting: true);
            }

            writer.Indent--;
            writer.WriteLine("}));");
        }

        /// <summary>Whether an argument is taken from the request's connection rather than bound from its bytes.</summary>
        private static bool IsTakenFromConnection(ValueKind kind) => kind is ValueKind.CancellationToken or ValueKind.Stream or ValueKind.PipeReader;
    }
}

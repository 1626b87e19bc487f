using System.CodeDom.Compiler;
using Microsoft.CodeAnalysis.CSharp;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>
        /// Writes the call of the handler and the response to its result. A task that has already completed is answered
        /// at once, exactly as a returned result, so a handler that seldom waits pays nothing for being async; otherwise
        /// the binder defers the response to a method that awaits the task.
        /// </summary>
        /// <param name="omitBody">The writes' last argument, <c>", omitBody"</c>, in a binder that also answers <c>HEAD</c>; else empty.</param>
        private static void WriteCall(IndentedTextWriter writer, Binder binder, string call, string omitBody)
        {
            var handler = binder.Route.Handler;
            if (handler.Completion == ResultCompletion.Returned)
            {
                WriteResult(writer, handler.Result, call, omitBody, awaiting: false);
                return;
            }

            var passesOmitBody = omitBody == ", omitBody";
            writer.WriteLine($"var task = {call};");
            writer.WriteLine("if (task.IsCompletedSuccessfully)");
            writer.WriteLine("{");
            writer.Indent++;
            WriteResult(writer, handler.Result, handler.Result.Kind == ValueKind.Void ? null : "task.Result", omitBody, awaiting: false);
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLine("else");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"response.Defer({WhenDoneName(binder)}(task, response{(passesOmitBody ? ", omitBody" : string.Empty)}));");
            writer.Indent--;
            writer.WriteLine("}");
        }

        /// <summary>
        /// Writes the method that answers once the handler's task completes. It touches nothing of the request, whose
        /// bytes may be gone by then: the arguments were bound before the call. If the task fails, the exception
        /// leaves through the returned task and the server answers <c>500</c>.
        /// </summary>
        private static void WriteWhenDone(IndentedTextWriter writer, Binder binder, string omitBody)
        {
            var handler = binder.Route.Handler;
            var passesOmitBody = omitBody == ", omitBody";
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine(
                $"private static async global::System.Threading.Tasks.ValueTask {WhenDoneName(binder)}({handler.ReturnTypeName} task, "
                + $"global::MiniHttp.HttpResponse response{(passesOmitBody ? ", bool omitBody" : string.Empty)})");
            writer.WriteLine("{");
            writer.Indent++;
            if (handler.Result.Kind == ValueKind.Void)
            {
                writer.WriteLine("await task.ConfigureAwait(false);");
                WriteResult(writer, handler.Result, null, omitBody, awaiting: true);
            }
            else
            {
                writer.WriteLine("var result = await task.ConfigureAwait(false);");
                WriteResult(writer, handler.Result, "result", omitBody, awaiting: true);
            }

            writer.Indent--;
            writer.WriteLine("}");
        }

        private static string WhenDoneName(Binder binder) => binder.Name + "_WhenDone";

        /// <summary>
        /// Writes the response to a result: <c>204</c> for nothing, the text of a string, number, bool or Guid, bytes as
        /// they are, JSON through the context's metadata, an <c>HttpResult</c> as it describes itself, or a streamed
        /// body, which the binder defers, or awaits when it is itself awaiting.
        /// </summary>
        /// <param name="value">The result's expression: the call itself, or a completed task's result; null for nothing.</param>
        private static void WriteResult(IndentedTextWriter writer, HandlerType result, string? value, string omitBody, bool awaiting)
        {
            switch (result.Kind)
            {
                case ValueKind.Void:
                    if (value is not null)
                    {
                        writer.WriteLine($"{value};");
                    }

                    // A 204 has no body (RFC 9110, section 15.3.5), so a HEAD request gets the same answer.
                    writer.WriteLine("response.WriteNoContent();");
                    break;
                case ValueKind.String:
                    writer.WriteLine($"response.WritePlainText({value} ?? \"\"{omitBody});");
                    break;
                case ValueKind.Boolean:
                    writer.WriteLine($"response.WritePlainText({value} ? \"true\"u8 : \"false\"u8{omitBody});");
                    break;
                case ValueKind.Json:
                    writer.WriteLine($"response.WriteJson({value}, {result.JsonTypeInfo}{omitBody});");
                    break;
                case ValueKind.HttpResult:
                    writer.WriteLine($"response.WriteResult({value}{omitBody});");
                    break;
                case ValueKind.TypedResult:
                    WriteTypedResult(writer, result, value!, omitBody);
                    break;
                case ValueKind.StreamedResult:
                    writer.WriteLine(awaiting
                        ? $"await response.WriteStreamedAsync({value}{omitBody}).ConfigureAwait(false);"
                        : $"response.Defer(response.WriteStreamedAsync({value}{omitBody}));");
                    break;
                default:
                    // Bytes as they are; numbers and Guid through the IUtf8SpanFormattable overload.
                    writer.WriteLine($"response.WritePlainText({value}{omitBody});");
                    break;
            }
        }
    
        /// <summary>
        /// Writes a typed result through its own <c>WriteTo</c>, a direct call on the struct, with the JSON metadata of its
        /// body; a union as a switch on its case, each case's write written out, so nothing is boxed or called through
        /// an interface.
        /// </summary>
        private static void WriteTypedResult(IndentedTextWriter writer, HandlerType result, string value, string omitBody)
        {
            // WriteTo takes omitBody positionally; a binder that never answers HEAD passes false.
            var omitBodyArgument = omitBody.Length == 0 ? ", omitBody: false" : omitBody;
            if (!result.IsUnion)
            {
                writer.WriteLine($"{value}.WriteTo(response{TypeInfoArgument(result.Cases[0])}{omitBodyArgument});");
                return;
            }

            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"var union = {value};");
            writer.WriteLine("switch (union.Case)");
            writer.WriteLine("{");
            writer.Indent++;
            for (var i = 0; i < result.Cases.Count; i++)
            {
                writer.WriteLine($"case {i + 1}:");
                writer.Indent++;
                writer.WriteLine($"union.Result{i + 1}.WriteTo(response{TypeInfoArgument(result.Cases[i])}{omitBodyArgument});");
                writer.WriteLine("break;");
                writer.Indent--;
            }

            writer.WriteLine("default:");
            writer.Indent++;
            writer.WriteLine($"throw new global::System.InvalidOperationException({SymbolDisplay.FormatLiteral($"default({result.DisplayName}) holds no result; return one of its cases.", quote: true)});");
            writer.Indent--;
            writer.Indent--;
            writer.WriteLine("}");
            writer.Indent--;
            writer.WriteLine("}");
        }

        private static string TypeInfoArgument(ResultCase @case) => @case.Value is { } body ? ", " + body.JsonTypeInfo : string.Empty;
    }
}

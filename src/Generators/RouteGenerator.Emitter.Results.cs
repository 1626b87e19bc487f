using System.CodeDom.Compiler;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>
        /// Writes the call of the handler and the response to its result: <c>204</c> for nothing, the text of a
        /// string, number, bool or Guid, bytes as they are, JSON through the context's metadata, or an
        /// <c>HttpResult</c> as it describes itself.
        /// </summary>
        /// <param name="omitBody">The writes' last argument, <c>", omitBody"</c>, in a binder that also answers <c>HEAD</c>; else empty.</param>
        private static void WriteResult(IndentedTextWriter writer, HandlerType result, string call, string omitBody)
        {
            switch (result.Kind)
            {
                case ValueKind.Void:
                    // A 204 has no body (RFC 9110, section 15.3.5), so a HEAD request gets the same answer.
                    writer.WriteLine($"{call};");
                    writer.WriteLine("response.WriteNoContent();");
                    break;
                case ValueKind.String:
                    writer.WriteLine($"response.WritePlainText({call} ?? \"\"{omitBody});");
                    break;
                case ValueKind.Boolean:
                    writer.WriteLine($"response.WritePlainText({call} ? \"true\"u8 : \"false\"u8{omitBody});");
                    break;
                case ValueKind.Json:
                    writer.WriteLine($"response.WriteJson({call}, {result.JsonTypeInfo}{omitBody});");
                    break;
                case ValueKind.HttpResult:
                    writer.WriteLine($"response.WriteResult({call}{omitBody});");
                    break;
                default:
                    // Bytes as they are; int and long through their own overloads; the other numbers and Guid through
                    // the IUtf8SpanFormattable one, which overload resolution prefers to widening them.
                    writer.WriteLine($"response.WritePlainText({call}{omitBody});");
                    break;
            }
        }
    }
}

using System.CodeDom.Compiler;
using System.Linq;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>
        /// The local holding a parameter's bound value. Every generated local has a prefix that the binder's own
        /// names (<c>request</c>, <c>response</c>) lack, so no handler parameter name can collide with one.
        /// </summary>
        private static string ArgumentLocal(HandlerParameter parameter) => "arg_" + parameter.Name;

        /// <summary>The local, or binder parameter, holding a query or route value's bytes as sent, before parsing.</summary>
        private static string RawValueLocal(HandlerParameter parameter) => "raw_" + parameter.Name;

        /// <summary>Writes the statements that bind one argument, answering 400 and returning when it cannot be bound.</summary>
        /// <param name="omitBody">The 400's last argument, <c>", omitBody"</c>, in a binder that also answers <c>HEAD</c>; else empty.</param>
        private static void WriteArgument(IndentedTextWriter writer, HandlerParameter parameter, Route route, string omitBody)
        {
            switch (parameter.Source)
            {
                case BindingSource.Query:
                    WriteQueryArgument(writer, parameter, omitBody);
                    break;
                case BindingSource.Route:
                    WriteRouteArgument(writer, parameter, route, omitBody);
                    break;
                default:
                    WriteBodyArgument(writer, parameter, omitBody);
                    break;
            }
        }

        /// <summary>
        /// A constrained route value arrives parsed (a value that does not parse never matched); any other arrives
        /// raw and is parsed here, where a value that does not parse is the client's mistake: 400, not 404.
        /// </summary>
        private static void WriteRouteArgument(IndentedTextWriter writer, HandlerParameter parameter, Route route, string omitBody)
        {
            var segment = route.Segments.First(s => s.Kind != RouteSegmentKind.Literal && s.Text == parameter.Name);
            if (IsConstrained(segment.Kind))
            {
                return;
            }

            WriteGuard(
                writer,
                $"RouteValues.{ParseMethod(parameter.Kind)}({RawValueLocal(parameter)}, out var {ArgumentLocal(parameter)})",
                $"Route value '{parameter.Name}' must be {Expectation(parameter.Kind, "percent-encoded UTF-8")}.",
                omitBody);
        }

        private static void WriteQueryArgument(IndentedTextWriter writer, HandlerParameter parameter, string omitBody)
        {
            var raw = RawValueLocal(parameter);
            var name = parameter.Name;
            WriteGuard(
                writer,
                $"QueryString.TryGetValue(request.Query, {Utf8Literal(name)}, out var {raw})",
                $"Query parameter '{name}' is missing.",
                omitBody);

            WriteGuard(
                writer,
                $"QueryString.{ParseMethod(parameter.Kind)}({raw}, out var {ArgumentLocal(parameter)})",
                $"Query parameter '{name}' must be {Expectation(parameter.Kind, "percent-encoded UTF-8")}.",
                omitBody);
        }

        private static void WriteBodyArgument(IndentedTextWriter writer, HandlerParameter parameter, string omitBody)
        {
            var local = ArgumentLocal(parameter);
            switch (parameter.Kind)
            {
                case ValueKind.ByteSpan:
                    writer.WriteLine($"ReadOnlySpan<byte> {local} = request.Body;");
                    writer.WriteLineNoTabs(string.Empty);
                    break;
                case ValueKind.ByteArray:
                    writer.WriteLine($"byte[] {local} = request.Body.ToArray();");
                    writer.WriteLineNoTabs(string.Empty);
                    break;
                default:
                    WriteGuard(
                        writer,
                        $"ArgumentParser.{ParseMethod(parameter.Kind)}(request.Body, out var {local})",
                        $"Request body for parameter '{parameter.Name}' must be {Expectation(parameter.Kind, "UTF-8")}.",
                        omitBody);
                    break;
            }
        }

        /// <summary>The <c>MiniHttp.Binding</c> method that turns bytes into an int, a long, a Guid or a string.</summary>
        private static string ParseMethod(ValueKind kind) => kind switch
        {
            ValueKind.Int32 => "TryParseInt32",
            ValueKind.Int64 => "TryParseInt64",
            ValueKind.Guid => "TryParseGuid",
            _ => "TryDecodeString",
        };

        /// <summary>What a value of <paramref name="kind"/> must look like, for the 400's reason.</summary>
        private static string Expectation(ValueKind kind, string text) => kind switch
        {
            ValueKind.Int32 => "an integer from -2147483648 to 2147483647",
            ValueKind.Int64 => "an integer from -9223372036854775808 to 9223372036854775807",
            ValueKind.Guid => "a GUID such as 00000000-0000-0000-0000-000000000000",
            _ => text,
        };

        /// <summary>Writes <c>if (!condition) { 400 with reason; return; }</c> and a blank line after it.</summary>
        private static void WriteGuard(IndentedTextWriter writer, string condition, string badRequestReason, string omitBody)
        {
            writer.WriteLine($"if (!{condition})");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"response.WriteBadRequest({Utf8Literal(badRequestReason)}{omitBody});");
            writer.WriteLine("return;");
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
        }
    }
}

using System.CodeDom.Compiler;
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

        private static string RawQueryValueLocal(HandlerParameter parameter) => "raw_" + parameter.Name;

        /// <summary>Writes the statements that bind one argument, answering 400 and returning when it cannot be bound.</summary>
        private static void WriteArgument(IndentedTextWriter writer, HandlerParameter parameter)
        {
            if (parameter.Source == BindingSource.Query)
            {
                WriteQueryArgument(writer, parameter);
            }
            else
            {
                WriteBodyArgument(writer, parameter);
            }
        }

        private static void WriteQueryArgument(IndentedTextWriter writer, HandlerParameter parameter)
        {
            var raw = RawQueryValueLocal(parameter);
            var name = parameter.Name;
            WriteGuard(
                writer,
                $"QueryString.TryGetValue(request.Query, {Utf8Literal(name)}, out var {raw})",
                $"Query parameter '{name}' is missing.");

            WriteGuard(
                writer,
                $"QueryString.{ParseMethod(parameter.Kind)}({raw}, out var {ArgumentLocal(parameter)})",
                $"Query parameter '{name}' must be {Expectation(parameter.Kind, "percent-encoded UTF-8")}.");
        }

        private static void WriteBodyArgument(IndentedTextWriter writer, HandlerParameter parameter)
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
                        $"Request body for parameter '{parameter.Name}' must be {Expectation(parameter.Kind, "UTF-8")}.");
                    break;
            }
        }

        /// <summary>The <c>MiniHttp.Binding</c> method that turns bytes into an int, a long or a string.</summary>
        private static string ParseMethod(ValueKind kind) => kind switch
        {
            ValueKind.Int32 => "TryParseInt32",
            ValueKind.Int64 => "TryParseInt64",
            _ => "TryDecodeString",
        };

        /// <summary>What a value of <paramref name="kind"/> must look like, for the 400's reason.</summary>
        private static string Expectation(ValueKind kind, string text) => kind switch
        {
            ValueKind.Int32 => "an integer from -2147483648 to 2147483647",
            ValueKind.Int64 => "an integer from -9223372036854775808 to 9223372036854775807",
            _ => text,
        };

        /// <summary>Writes <c>if (!condition) { 400 with reason; return; }</c> and a blank line after it.</summary>
        private static void WriteGuard(IndentedTextWriter writer, string condition, string badRequestReason)
        {
            writer.WriteLine($"if (!{condition})");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"response.WriteBadRequest({Utf8Literal(badRequestReason)});");
            writer.WriteLine("return;");
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
        }
    }
}

using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Linq;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>The parser of one enum type: <c>EnumParser_Shop_Color</c>.</summary>
        private static string EnumParserName(HandlerType type) =>
            "EnumParser_" + IdentifierPart(type.TypeName.Substring("global::".Length));

        /// <summary>
        /// Writes one parser for each enum a handler takes, after the binders: member names compared without
        /// reflection, allocation or <c>Enum.TryParse</c>, which would also take numbers, lists and whitespace.
        /// </summary>
        private static void WriteEnumParsers(IndentedTextWriter writer, List<Binder> binders)
        {
            var enums = binders
                .SelectMany(static binder => binder.Route.Handler.Parameters)
                .Where(static parameter => parameter.Kind == ValueKind.Enum)
                .Select(static parameter => parameter.Type)
                .Distinct()
                .OrderBy(static type => type.TypeName, System.StringComparer.Ordinal);
            foreach (var type in enums)
            {
                writer.WriteLineNoTabs(string.Empty);
                WriteEnumParser(writer, type);
            }
        }

        private static void WriteEnumParser(IndentedTextWriter writer, HandlerType type)
        {
            writer.WriteLine($"/// <summary>Parses a {type.DisplayName} by member name, ASCII case-insensitively; a number is not a name.</summary>");
            writer.WriteLine($"file readonly struct {EnumParserName(type)} : global::MiniHttp.Binding.IArgumentParser<{type.TypeName}>");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"public static bool TryParse(ReadOnlySpan<byte> utf8, out {type.TypeName} value)");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var member in type.EnumMembers)
            {
                // Only ASCII letters have another case that clients could mean; any other name is matched exactly.
                var condition = member.All(static c => c < 128)
                    ? $"global::System.Text.Ascii.EqualsIgnoreCase(utf8, {Utf8Literal(member)})"
                    : $"utf8.SequenceEqual({Utf8Literal(member)})";
                writer.WriteLine($"if ({condition})");
                writer.WriteLine("{");
                writer.Indent++;
                writer.WriteLine($"value = {type.TypeName}.{EscapedIdentifier(member)};");
                writer.WriteLine("return true;");
                writer.Indent--;
                writer.WriteLine("}");
                writer.WriteLineNoTabs(string.Empty);
            }

            writer.WriteLine("value = default;");
            writer.WriteLine("return false;");
            writer.Indent--;
            writer.WriteLine("}");
            writer.Indent--;
            writer.WriteLine("}");
        }

        /// <summary>A member name as C# source: <c>@class</c> for a keyword.</summary>
        private static string EscapedIdentifier(string name) =>
            Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? name : "@" + name;
    }
}

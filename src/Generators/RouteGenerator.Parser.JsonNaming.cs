using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Parser
    {
        /// <summary>
        /// How the application's context names JSON members and writes enums, read from its
        /// <c>[JsonSourceGenerationOptions]</c> at compile time, where the System.Text.Json generator reads them too.
        /// </summary>
        internal sealed class JsonNaming
        {
            // JsonKnownNamingPolicy's values; JsonSerializerDefaults.Web (1) means camelCase.
            private const int CamelCase = 1;
            private const int SnakeCaseLower = 2;
            private const int SnakeCaseUpper = 3;
            private const int KebabCaseLower = 4;
            private const int KebabCaseUpper = 5;
            private const int SerializerDefaultsWeb = 1;

            private readonly int _policy;
            private readonly bool _stringEnums;

            private JsonNaming(int policy, bool stringEnums)
            {
                _policy = policy;
                _stringEnums = stringEnums;
            }

            /// <summary>System.Text.Json's defaults: members as declared, enums as numbers.</summary>
            public static JsonNaming Default { get; } = new(0, stringEnums: false);

            /// <summary>ASP.NET Core's web defaults, which a context without options of its own is used with: camelCase, enums as numbers.</summary>
            private static JsonNaming WebDefaults { get; } = new(CamelCase, stringEnums: false);

            public static JsonNaming Of(INamedTypeSymbol context)
            {
                var options = context.GetAttributes().FirstOrDefault(static attribute => IsNamed(attribute.AttributeClass, AttributeNames.JsonSourceGenerationOptions));
                if (options is null)
                {
                    // The router serializes through such a context made with JsonSerializerDefaults.Web: camelCase.
                    return WebDefaults;
                }

                var policy = options.ConstructorArguments.FirstOrDefault().Value is SerializerDefaultsWeb ? CamelCase : 0;
                var stringEnums = false;
                foreach (var argument in options.NamedArguments)
                {
                    switch (argument.Key)
                    {
                        case "PropertyNamingPolicy" when argument.Value.Value is int named:
                            policy = named;
                            break;
                        case "UseStringEnumConverter" when argument.Value.Value is bool value:
                            stringEnums = value;
                            break;
                    }
                }

                return new JsonNaming(policy, stringEnums);
            }

            /// <summary>Whether an enum is written by name: the context says so for all, or the enum has a string converter.</summary>
            public bool WritesEnumAsString(ITypeSymbol type) =>
                _stringEnums
                || type.GetAttributes().Any(static attribute => IsNamed(attribute.AttributeClass, AttributeNames.JsonConverter)
                    && attribute.ConstructorArguments.FirstOrDefault().Value is INamedTypeSymbol converter
                    && converter.Name == "JsonStringEnumConverter");

            public string PropertyName(string name) => _policy switch
            {
                CamelCase => ToCamelCase(name),
                SnakeCaseLower => Separated(name, '_', upper: false),
                SnakeCaseUpper => Separated(name, '_', upper: true),
                KebabCaseLower => Separated(name, '-', upper: false),
                KebabCaseUpper => Separated(name, '-', upper: true),
                _ => name,
            };

            /// <summary>As <c>JsonNamingPolicy.CamelCase</c>: the leading capitals lowered, the last of them kept when a lower-case letter follows (<c>URLValue</c> is <c>urlValue</c>).</summary>
            private static string ToCamelCase(string name)
            {
                if (name.Length == 0 || !char.IsUpper(name[0]))
                {
                    return name;
                }

                var chars = name.ToCharArray();
                for (var i = 0; i < chars.Length; i++)
                {
                    if (i == 1 && !char.IsUpper(chars[i]))
                    {
                        break;
                    }

                    var hasNext = i + 1 < chars.Length;
                    if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
                    {
                        if (chars[i + 1] == ' ')
                        {
                            chars[i] = char.ToLowerInvariant(chars[i]);
                        }

                        break;
                    }

                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                return new string(chars);
            }

            /// <summary>
            /// As <c>JsonNamingPolicy.SnakeCaseLower</c> and its kin: words split where a capital follows a lower-case
            /// letter or digit, or starts a word after a run of capitals (<c>URLValue</c> is <c>url_value</c>).
            /// </summary>
            private static string Separated(string name, char separator, bool upper)
            {
                var text = new StringBuilder(name.Length + 4);
                for (var i = 0; i < name.Length; i++)
                {
                    var c = name[i];
                    if (c is ' ' or '_' or '-')
                    {
                        if (text.Length > 0 && text[text.Length - 1] != separator)
                        {
                            text.Append(separator);
                        }

                        continue;
                    }

                    if (char.IsUpper(c) && i > 0 && text.Length > 0 && text[text.Length - 1] != separator)
                    {
                        var previous = name[i - 1];
                        var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                        if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                        {
                            text.Append(separator);
                        }
                    }

                    text.Append(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                }

                return text.ToString();
            }
        }
    }
}

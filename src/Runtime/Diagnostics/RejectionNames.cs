using System;
using System.Text;
using MiniHttp.Parsing;

namespace MiniHttp.Diagnostics;

/// <summary>
/// The name of each <see cref="RequestRejection"/> in snake case (<c>header_fields_too_large</c>), as the conventions
/// spell <c>error.type</c> values: made once from the enum, so a new rejection is named without anyone remembering to.
/// </summary>
internal static class RejectionNames
{
    private static readonly string[] s_names = CreateNames();

    public static string ErrorType(RequestRejection rejection) =>
        (uint)rejection < (uint)s_names.Length ? s_names[(int)rejection] : "_OTHER";

    private static string[] CreateNames()
    {
        var values = Enum.GetValues<RequestRejection>();
        var names = new string[values.Length];
        foreach (var value in values)
        {
            names[(int)value] = SnakeCase(value.ToString());
        }

        return names;
    }

    private static string SnakeCase(string pascalCase)
    {
        var name = new StringBuilder(pascalCase.Length + 8);
        foreach (var character in pascalCase)
        {
            if (char.IsUpper(character) && name.Length > 0)
            {
                name.Append('_');
            }

            name.Append(char.ToLowerInvariant(character));
        }

        return name.ToString();
    }
}

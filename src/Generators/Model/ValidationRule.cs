namespace MiniHttp.Generators.Model;

/// <summary>The <c>System.ComponentModel.DataAnnotations</c> checks generated code makes.</summary>
internal enum ValidationRuleKind
{
    /// <summary><c>[Required]</c>: not null, and a string not empty or white space unless <c>AllowEmptyStrings</c>.</summary>
    Required,

    /// <summary><c>[Range]</c>: a number within bounds, each inclusive unless marked exclusive.</summary>
    Range,

    /// <summary><c>[StringLength]</c>, <c>[MinLength]</c>, <c>[MaxLength]</c>, <c>[Length]</c>: a string's or collection's length within bounds.</summary>
    Length,

    /// <summary><c>[RegularExpression]</c>: a non-empty string the pattern matches whole.</summary>
    RegularExpression,

    /// <summary><c>[EmailAddress]</c>: one <c>@</c>, neither first nor last, and no line break.</summary>
    EmailAddress,

    /// <summary><c>[Url]</c>: starts with <c>http://</c>, <c>https://</c> or <c>ftp://</c>, in any case.</summary>
    Url,
}

/// <summary>One check of a value, its failure message already formatted, as ASP.NET Core formats it.</summary>
/// <param name="Minimum">
/// The lower bound as a C# expression (<c>1</c>, <c>0.5d</c>): a number for <see cref="ValidationRuleKind.Range"/>, a
/// length for <see cref="ValidationRuleKind.Length"/>; null when there is none. For a regular expression, the pattern.
/// </param>
/// <param name="Maximum">The upper bound as a C# expression; null when there is none.</param>
/// <param name="Exclusive">For a range, which bounds exclude their value: 1 the lower, 2 the upper, 3 both.</param>
/// <param name="Cast">For a range, the conversion the value takes to meet its bounds: <c>(double)</c> for a decimal; else empty.</param>
/// <param name="AllowEmptyStrings">For <c>[Required]</c> on a string, whether an empty or white-space string passes.</param>
internal sealed record ValidationRule(
    ValidationRuleKind Kind,
    string Message,
    string? Minimum,
    string? Maximum,
    int Exclusive,
    string Cast,
    bool AllowEmptyStrings);

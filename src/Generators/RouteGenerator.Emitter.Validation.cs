using System;
using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        private const string ValidatorsClass = "Validators";

        private const string ErrorsType = "global::MiniHttp.Validation.ValidationErrors";

        private const string ChecksClass = "global::MiniHttp.Validation.ValidationChecks";

        /// <summary>
        /// Writes the checks of a handler's arguments, once they are bound: every failed check is gathered, then a
        /// validation problem answers them all. A route without checks gets nothing.
        /// </summary>
        private static void WriteValidation(IndentedTextWriter writer, Handler handler, string omitBody)
        {
            if (handler.Validation is not { } validation)
            {
                return;
            }

            writer.WriteLine($"var validationErrors = new {ErrorsType}();");
            foreach (var parameter in validation.Parameters)
            {
                // Checked through a copy: a null test on the argument itself would leave the compiler unsure it is
                // not null when it is passed to the handler.
                var bound = handler.Parameters.First(p => p.Name == parameter.Member);
                writer.WriteLine("{");
                writer.Indent++;
                writer.WriteLine($"var parameter = {ArgumentLocal(bound)};");
                WriteValueChecks(writer, parameter, "parameter", "validationErrors", isParameter: true);
                writer.Indent--;
                writer.WriteLine("}");
            }

            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("if (validationErrors.Count != 0)");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"response.WriteValidationProblem(in validationErrors{omitBody});");
            writer.WriteLine("return;");
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
        }

        /// <summary>
        /// Writes one validator per type with checks, each type once however many routes reach it, and the regular
        /// expressions they match, built once when the class is first used; nothing when no route validates.
        /// </summary>
        private static void WriteValidators(IndentedTextWriter writer, List<Binder> binders)
        {
            var validations = binders.Select(static binder => binder.Route.Handler.Validation).OfType<HandlerValidation>().ToList();
            if (validations.Count == 0)
            {
                return;
            }

            var types = validations.SelectMany(static validation => validation.Types)
                .GroupBy(static type => type.TypeName, StringComparer.Ordinal)
                .Select(static group => group.First())
                .ToList();
            var patterns = validations.SelectMany(static validation => validation.Parameters)
                .Concat(types.SelectMany(static type => type.Members))
                .SelectMany(static value => value.Rules)
                .Where(static rule => rule.Kind == ValidationRuleKind.RegularExpression)
                .Select(static rule => rule.Minimum!)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(static pattern => PatternField(pattern), StringComparer.Ordinal)
                .ToList();

            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>The checks of the types handlers validate, and the regular expressions they match.</summary>");
            writer.WriteLine($"file static class {ValidatorsClass}");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var pattern in patterns)
            {
                writer.WriteLine($"public static readonly global::System.Text.RegularExpressions.Regex {PatternField(pattern)} = new({SymbolDisplay.FormatLiteral(pattern, quote: true)}, global::System.Text.RegularExpressions.RegexOptions.None, {ChecksClass}.MatchTimeout);");
            }

            foreach (var type in types)
            {
                if (patterns.Count > 0 || type != types[0])
                {
                    writer.WriteLineNoTabs(string.Empty);
                }

                writer.WriteLine($"public static void {ValidatorName(type.TypeName)}({type.TypeName} value, ref {ErrorsType} errors)");
                writer.WriteLine("{");
                writer.Indent++;
                if (type.IsValidatableObject)
                {
                    writer.WriteLine("var start = errors.Count;");
                }

                foreach (var member in type.Members)
                {
                    writer.WriteLine("{");
                    writer.Indent++;
                    writer.WriteLine($"var member = value.{member.Member};");
                    WriteValueChecks(writer, member, "member", "errors", isParameter: false);
                    writer.Indent--;
                    writer.WriteLine("}");
                }

                if (type.IsValidatableObject)
                {
                    // As in ASP.NET Core, the object's own Validate runs only once its members passed.
                    var name = type.TypeName.Substring(type.TypeName.LastIndexOf('.') + 1);
                    writer.WriteLine("if (errors.Count == start)");
                    writer.WriteLine("{");
                    writer.Indent++;
                    writer.WriteLine($"errors.AddResults(((global::System.ComponentModel.DataAnnotations.IValidatableObject)value).Validate(new global::System.ComponentModel.DataAnnotations.ValidationContext(value, {SymbolDisplay.FormatLiteral(name, quote: true)}, null, null)));");
                    writer.Indent--;
                    writer.WriteLine("}");
                }

                writer.Indent--;
                writer.WriteLine("}");
            }

            writer.Indent--;
            writer.WriteLine("}");
        }

        /// <summary>
        /// Writes the checks of one value held in <paramref name="local"/>: <c>[Required]</c> first, and a value that is
        /// required and missing is checked no further; then its other rules; then the type it holds, or each element.
        /// A parameter's own object lists its members' errors under their names alone, as ASP.NET Core does; a property's
        /// under its name first.
        /// </summary>
        private static void WriteValueChecks(IndentedTextWriter writer, ValidatedValue value, string local, string errors, bool isParameter)
        {
            var key = SymbolDisplay.FormatLiteral(value.Key, quote: true);
            var rules = value.Rules.AsEnumerable();
            var required = value.Rules.Count > 0 && value.Rules[0].Kind == ValidationRuleKind.Required ? value.Rules[0] : null;
            var checksAfterRequired = value.Rules.Count > 1 || value.NestedType is not null || value.ElementType is not null;
            if (required is not null)
            {
                rules = rules.Skip(1);
                writer.WriteLine($"if ({MissingCondition(value, required, local)})");
                WriteAdd(writer, errors, key, required);
                if (!checksAfterRequired)
                {
                    return;
                }

                writer.WriteLine("else");
                writer.WriteLine("{");
                writer.Indent++;
            }

            foreach (var rule in rules)
            {
                writer.WriteLine($"if ({FailureCondition(value, rule, local)})");
                WriteAdd(writer, errors, key, rule);
            }

            if (value.NestedType is not null || value.ElementType is not null)
            {
                WriteWalk(writer, value, local, errors, key, isParameter);
            }

            if (required is not null)
            {
                writer.Indent--;
                writer.WriteLine("}");
            }
        }

        private static void WriteWalk(IndentedTextWriter writer, ValidatedValue value, string local, string errors, string key, bool isParameter)
        {
            // A struct is always there; its block keeps the locals below apart from the next value's.
            var held = value.Shape == ValidatedShape.Value ? local : "held";
            writer.WriteLine(value.Shape == ValidatedShape.Value ? "{" : $"if ({local} is {{ }} held)");
            if (value.Shape != ValidatedShape.Value)
            {
                writer.WriteLine("{");
            }

            writer.Indent++;

            if (value.NestedType is { } nested && isParameter)
            {
                writer.WriteLine($"{ValidatorsClass}.{ValidatorName(nested)}({held}, ref {errors});");
            }
            else if (value.NestedType is { } member)
            {
                writer.WriteLine($"var mark = {errors}.Count;");
                writer.WriteLine($"{ValidatorsClass}.{ValidatorName(member)}({held}, ref {errors});");
                writer.WriteLine($"{errors}.PrefixSince(mark, {key});");
            }
            else
            {
                WriteElementLoop(writer, value, held, errors, key);
            }

            writer.Indent--;
            writer.WriteLine("}");
        }

        /// <summary>Walks the elements, skipping nulls, each one's errors listed under <c>Key[index]</c>.</summary>
        private static void WriteElementLoop(IndentedTextWriter writer, ValidatedValue value, string held, string errors, string key)
        {
            var validator = $"{ValidatorsClass}.{ValidatorName(value.ElementType!)}";
            if (value.Elements == ElementAccess.Enumerated)
            {
                writer.WriteLine("var index = 0;");
                writer.WriteLine($"foreach (var item in {held})");
            }
            else
            {
                writer.WriteLine($"for (var index = 0; index < {held}.{(value.Elements == ElementAccess.Array ? "Length" : "Count")}; index++)");
            }

            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"if ({(value.Elements == ElementAccess.Enumerated ? "item" : held + "[index]")} is {{ }} element)");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"var mark = {errors}.Count;");
            writer.WriteLine($"{validator}(element, ref {errors});");
            writer.WriteLine($"{errors}.PrefixSince(mark, {key}, index);");
            writer.Indent--;
            writer.WriteLine("}");
            if (value.Elements == ElementAccess.Enumerated)
            {
                writer.WriteLineNoTabs(string.Empty);
                writer.WriteLine("index++;");
            }

            writer.Indent--;
            writer.WriteLine("}");
        }

        private static void WriteAdd(IndentedTextWriter writer, string errors, string key, ValidationRule rule)
        {
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"{errors}.Add({key}, {SymbolDisplay.FormatLiteral(rule.Message, quote: true)});");
            writer.Indent--;
            writer.WriteLine("}");
        }

        /// <summary>When <c>[Required]</c> fails: null, and for a string also empty or white space unless those are allowed.</summary>
        private static string MissingCondition(ValidatedValue value, ValidationRule required, string local) => value.Shape switch
        {
            ValidatedShape.String when !required.AllowEmptyStrings => $"string.IsNullOrWhiteSpace({local})",
            ValidatedShape.NullableValue => $"!{local}.HasValue",
            _ => $"{local} is null",
        };

        /// <summary>When a rule other than <c>[Required]</c> fails; a null value passes every one of them, as in DataAnnotations.</summary>
        private static string FailureCondition(ValidatedValue value, ValidationRule rule, string local)
        {
            switch (rule.Kind)
            {
                case ValidationRuleKind.Range:
                    var number = value.Shape == ValidatedShape.NullableValue ? "number" : local;
                    var lower = (rule.Exclusive & 1) != 0 ? ">" : ">=";
                    var upper = (rule.Exclusive & 2) != 0 ? "<" : "<=";

                    // Negated, so that NaN fails as it fails RangeAttribute.
                    var outside = $"!({rule.Cast}{number} {lower} {rule.Minimum} && {rule.Cast}{number} {upper} {rule.Maximum})";
                    return value.Shape == ValidatedShape.NullableValue ? $"{local} is {{ }} number && {outside}" : outside;
                case ValidationRuleKind.Length:
                    var length = $"{local}.{value.LengthMember}";
                    var bounds = new List<string>();
                    if (rule.Minimum is not null)
                    {
                        bounds.Add($"{length} < {rule.Minimum}");
                    }

                    if (rule.Maximum is not null)
                    {
                        bounds.Add($"{length} > {rule.Maximum}");
                    }

                    var tooShortOrLong = bounds.Count == 1 ? bounds[0] : $"({string.Join(" || ", bounds)})";
                    return $"{local} is not null && {tooShortOrLong}";
                case ValidationRuleKind.RegularExpression:
                    return $"!string.IsNullOrEmpty({local}) && !{ChecksClass}.IsWholeMatch({ValidatorsClass}.{PatternField(rule.Minimum!)}, {local})";
                case ValidationRuleKind.EmailAddress:
                    return $"{local} is not null && !{ChecksClass}.IsEmailAddress({local})";
                default:
                    return $"{local} is not null && !{ChecksClass}.IsUrl({local})";
            }
        }

        private static string ValidatorName(string typeName) =>
            "Validate_" + string.Join("_", typeName.Replace("global::", string.Empty).Split(typeName.Where(static c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries));

        /// <summary>A pattern's field, named by a hash of the pattern so every route that matches it shares one instance.</summary>
        private static string PatternField(string pattern)
        {
            // FNV-1a: stable across processes, unlike string.GetHashCode.
            var hash = 2166136261u;
            foreach (var c in pattern)
            {
                hash = unchecked((hash ^ c) * 16777619u);
            }

            return "Pattern_" + hash.ToString("x8", CultureInfo.InvariantCulture);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MiniHttp.Generators.Diagnostics;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Parser
    {
        /// <summary>The checks each attribute asks for, in the words DataAnnotations reports them.</summary>
        private sealed partial class ValidationGraph
        {
            /// <summary>
            /// The checks the attributes ask for, in declaration order with <c>[Required]</c> first, after adding a
            /// diagnostic for each attribute that cannot be checked here as written.
            /// </summary>
            private List<ValidationRule> Rules(
                IEnumerable<AttributeData> attributes, ITypeSymbol underlying, ValidatedShape shape, string? lengthMember, string displayName, string target)
            {
                var rules = new List<ValidationRule>();
                foreach (var attribute in attributes)
                {
                    if (attribute.AttributeClass is not { } attributeClass || !IsValidationAttribute(attributeClass))
                    {
                        continue;
                    }

                    var name = attributeClass.Name.EndsWith("Attribute", StringComparison.Ordinal)
                        ? attributeClass.Name.Substring(0, attributeClass.Name.Length - "Attribute".Length)
                        : attributeClass.Name;
                    var location = AttributeLocation(attribute);
                    if (Named(attribute, "ErrorMessageResourceType") is not null || Named(attribute, "ErrorMessageResourceName") is not null)
                    {
                        Unsupported(name, "its message comes from resources at run time; give ErrorMessage, or leave it to the default message");
                        continue;
                    }

                    var fullName = attributeClass.ToDisplayString();
                    var rule = fullName.StartsWith(DataAnnotations, StringComparison.Ordinal) ? fullName.Substring(DataAnnotations.Length) switch
                    {
                        "RequiredAttribute" => Required(),
                        "RangeAttribute" => Range(),
                        "StringLengthAttribute" => StringLength(),
                        "MinLengthAttribute" => LengthRule(Argument(0), null, "The field {0} must be a string or array type with a minimum length of '{1}'.", Argument(0)),
                        "MaxLengthAttribute" => MaxLength(),
                        "LengthAttribute" => LengthRule(Argument(0), Argument(1), "The field {0} must be a string or collection type with a minimum length of '{1}' and maximum length of '{2}'.", Argument(0), Argument(1)),
                        "RegularExpressionAttribute" => Pattern(),
                        "EmailAddressAttribute" => TextRule(ValidationRuleKind.EmailAddress, "The {0} field is not a valid e-mail address."),
                        "UrlAttribute" => TextRule(ValidationRuleKind.Url, "The {0} field is not a valid fully-qualified http, https, or ftp URL."),
                        _ => Unsupported(name, "the generated code checks [Required], [Range], [StringLength], [MinLength], [MaxLength], [Length], [RegularExpression], [EmailAddress] and [Url]; check this one in the handler"),
                    }
                    : Unsupported(name, "it is checked by its own IsValid at run time, which the generated code does not call; check it in the handler, or implement IValidatableObject on the type");
                    if (rule is not null)
                    {
                        if (rule.Kind == ValidationRuleKind.Required)
                        {
                            rules.Insert(0, rule);
                        }
                        else
                        {
                            rules.Add(rule);
                        }
                    }

                    object? Argument(int index) => attribute.ConstructorArguments.Length > index ? attribute.ConstructorArguments[index].Value : null;

                    ValidationRule? Required()
                    {
                        // A value type that is not nullable always has a value: [Required] passes, as in ASP.NET Core.
                        return shape == ValidatedShape.Value
                            ? null
                            : Make(ValidationRuleKind.Required, "The {0} field is required.", null, null, allowEmptyStrings: Named(attribute, "AllowEmptyStrings") is true);
                    }

                    ValidationRule? Range()
                    {
                        if (attribute.ConstructorArguments.Length != 2 || !IsNumber(underlying))
                        {
                            return attribute.ConstructorArguments.Length != 2
                                ? Unsupported(name, "a range given by a type and two strings is parsed at run time; give two int or two double bounds")
                                : DoesNotApply("it compares numbers; use [StringLength] or [Length] for a length, or check the value in the handler");
                        }

                        var minimum = Argument(0)!;
                        var maximum = Argument(1)!;
                        if (Convert.ToDouble(minimum, CultureInfo.InvariantCulture) > Convert.ToDouble(maximum, CultureInfo.InvariantCulture))
                        {
                            return Invalid($"has a minimum ({Format(minimum)}) greater than its maximum ({Format(maximum)}), so no value passes");
                        }

                        var exclusive = (Named(attribute, "MinimumIsExclusive") is true ? 1 : 0) | (Named(attribute, "MaximumIsExclusive") is true ? 2 : 0);
                        var message = exclusive switch
                        {
                            1 => "The field {0} must be between {1} exclusive and {2}.",
                            2 => "The field {0} must be between {1} and {2} exclusive.",
                            3 => "The field {0} must be between {1} exclusive and {2} exclusive.",
                            _ => "The field {0} must be between {1} and {2}.",
                        };
                        var cast = underlying.SpecialType is SpecialType.System_Decimal or SpecialType.System_UInt64 ? "(double)" : string.Empty;
                        return Make(ValidationRuleKind.Range, message, Literal(minimum), Literal(maximum), exclusive: exclusive, cast: cast, arguments: [minimum, maximum]);
                    }

                    ValidationRule? StringLength()
                    {
                        if (shape != ValidatedShape.String)
                        {
                            return DoesNotApply("it measures strings; use [MinLength], [MaxLength] or [Length] for a collection");
                        }

                        var maximum = Argument(0) as int? ?? 0;
                        var minimum = Named(attribute, "MinimumLength") as int? ?? 0;
                        if (maximum < 0 || minimum > maximum)
                        {
                            return Invalid(maximum < 0 ? "has a negative maximum length" : $"has a MinimumLength ({minimum}) greater than its maximum length ({maximum}), so no string passes");
                        }

                        return minimum == 0
                            ? Make(ValidationRuleKind.Length, "The field {0} must be a string with a maximum length of {1}.", null, Literal(maximum), arguments: [maximum])
                            : Make(ValidationRuleKind.Length, "The field {0} must be a string with a minimum length of {2} and a maximum length of {1}.", Literal(minimum), Literal(maximum), arguments: [maximum, minimum]);
                    }

                    ValidationRule? MaxLength()
                    {
                        // MaxLength() is the largest length allowed, -1: no limit.
                        var maximum = Argument(0) as int? ?? -1;
                        return maximum == -1 && lengthMember is not null
                            ? null
                            : LengthRule(null, maximum, "The field {0} must be a string or array type with a maximum length of '{1}'.", maximum);
                    }

                    ValidationRule? LengthRule(object? minimum, object? maximum, string message, params object?[] arguments)
                    {
                        if (lengthMember is null)
                        {
                            return DoesNotApply("it measures a string, an array or a collection with a Count");
                        }

                        if (minimum is < 0 || maximum is < 1 || (minimum is int low && maximum is int high && low > high))
                        {
                            return Invalid(minimum is < 0 ? "has a negative minimum length"
                                : maximum is < 1 ? "has a maximum length below 1, so no value passes"
                                : $"has a minimum length ({minimum}) greater than its maximum ({maximum}), so no value passes");
                        }

                        return Make(ValidationRuleKind.Length, message, minimum is null ? null : Literal(minimum), maximum is null ? null : Literal(maximum), arguments: arguments);
                    }

                    ValidationRule? Pattern()
                    {
                        if (shape != ValidatedShape.String)
                        {
                            return DoesNotApply("it matches strings; take the value as a string, or check it in the handler");
                        }

                        var pattern = Argument(0) as string ?? string.Empty;
                        try
                        {
                            _ = new Regex(pattern);
                        }
                        catch (ArgumentException exception)
                        {
                            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValidationPattern, location, SymbolDisplay.FormatLiteral(pattern, quote: true), target, exception.Message));
                            return null;
                        }

                        return Make(ValidationRuleKind.RegularExpression, "The field {0} must match the regular expression '{1}'.", pattern, null, arguments: [pattern]);
                    }

                    ValidationRule? TextRule(ValidationRuleKind kind, string message) =>
                        shape != ValidatedShape.String
                            ? DoesNotApply("it checks strings; take the value as a string")
                            : Make(kind, message, null, null);

                    ValidationRule? Make(
                        ValidationRuleKind kind, string defaultMessage, string? minimum, string? maximum, int exclusive = 0, string cast = "", bool allowEmptyStrings = false, object?[]? arguments = null)
                    {
                        var format = Named(attribute, "ErrorMessage") as string ?? defaultMessage;
                        string message;
                        try
                        {
                            message = string.Format(CultureInfo.InvariantCulture, format, [displayName, .. (arguments ?? []).Select(Format)]);
                        }
                        catch (FormatException)
                        {
                            return Invalid("has an ErrorMessage that is not a valid format string: {0} is the name, then the attribute's arguments");
                        }

                        return new ValidationRule(kind, message, minimum, maximum, exclusive, cast, allowEmptyStrings);
                    }

                    ValidationRule? DoesNotApply(string why)
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.ValidationAttributeDoesNotApply, location, name, target, underlying.ToDisplayString(), why));
                        return null;
                    }

                    ValidationRule? Invalid(string problem)
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValidationArguments, location, name, target, problem));
                        return null;
                    }

                    ValidationRule? Unsupported(string attributeName, string why)
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedValidationAttribute, location, attributeName, target, why));
                        return null;
                    }
                }

                return rules;
            }
        }
    }
}

using System.ComponentModel.DataAnnotations;

namespace MiniHttp.Generators.Tests.Validation;

/// <summary>
/// The messages the generator formats at compile time are those the DataAnnotations attributes format at run time, as
/// ASP.NET Core reports them: checked against the attributes themselves, so a change in the framework's text shows.
/// </summary>
public sealed class ValidationMessageTests
{
    public static TheoryData<ValidationAttribute, string, string> Messages => new()
    {
        { new RequiredAttribute(), "Title", "The Title field is required." },
        { new RangeAttribute(1, 5), "Priority", "The field Priority must be between 1 and 5." },
        { new RangeAttribute(0.5, 8.0), "Hours", "The field Hours must be between 0.5 and 8." },
        { new RangeAttribute(0.0, 1.0) { MaximumIsExclusive = true }, "ratio", "The field ratio must be between 0 and 1 exclusive." },
        { new RangeAttribute(0, 1) { MinimumIsExclusive = true }, "x", "The field x must be between 0 exclusive and 1." },
        { new RangeAttribute(0, 1) { MinimumIsExclusive = true, MaximumIsExclusive = true }, "x", "The field x must be between 0 exclusive and 1 exclusive." },
        { new StringLengthAttribute(20) { MinimumLength = 3 }, "Title", "The field Title must be a string with a minimum length of 3 and a maximum length of 20." },
        { new StringLengthAttribute(8), "after", "The field after must be a string with a maximum length of 8." },
        { new MinLengthAttribute(1), "Steps", "The field Steps must be a string or array type with a minimum length of '1'." },
        { new MaxLengthAttribute(3), "Steps", "The field Steps must be a string or array type with a maximum length of '3'." },
        { new LengthAttribute(0, 2), "Tags", "The field Tags must be a string or collection type with a minimum length of '0' and maximum length of '2'." },
        { new RegularExpressionAttribute("^[A-Z]{3}$"), "code", "The field code must match the regular expression '^[A-Z]{3}$'." },
        { new EmailAddressAttribute(), "Owner", "The Owner field is not a valid e-mail address." },
        { new UrlAttribute(), "Link", "The Link field is not a valid fully-qualified http, https, or ftp URL." },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void A_generated_message_is_the_attributes_own(ValidationAttribute attribute, string name, string generated)
    {
        Assert.Equal(attribute.FormatErrorMessage(name), generated);
    }
}

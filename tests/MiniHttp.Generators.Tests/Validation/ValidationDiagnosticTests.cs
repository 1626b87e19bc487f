using MiniHttp.Generators.Tests.Diagnostics;

namespace MiniHttp.Generators.Tests.Validation;

/// <summary>Validation attributes the generated code could not check as written are compile errors, one id per mistake.</summary>
public sealed class ValidationDiagnosticTests
{
    [Fact]
    public void MH0040_a_range_on_a_string_cannot_check_it()
    {
        const string source = """
            using System.ComponentModel.DataAnnotations;
            using MiniHttp;

            public static class Pages
            {
                [Get("/x")]
                public static string Page([Range(1, 10)] string name) => name;
            }
            """;

        DiagnosticAssert.Single(
            source,
            "MH0040",
            line: 7,
            located: "Range(1, 10)",
            "[Range] on parameter 'name' of handler 'Pages.Page' cannot check a value of type 'string': it compares numbers; use [StringLength] or [Length] for a length, or check the value in the handler");
    }

    [Fact]
    public void MH0041_an_invalid_pattern_is_refused_at_compile_time()
    {
        const string source = """
            using System.ComponentModel.DataAnnotations;
            using MiniHttp;

            public static class Pages
            {
                [Get("/x")]
                public static string Page([RegularExpression("[a-z")] string? code = null) => code ?? "";
            }
            """;

        var run = Infrastructure.GeneratorHarness.Run(source);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MH0041", diagnostic.Id);
        Assert.Equal(7, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.StartsWith(
            "[RegularExpression(\"[a-z\")] on parameter 'code' of handler 'Pages.Page' is not a valid .NET regular expression, so every request would fail when it is built: ",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            System.StringComparison.Ordinal);
    }

    [Fact]
    public void MH0042_a_string_length_whose_minimum_exceeds_its_maximum()
    {
        const string source = """
            using System.ComponentModel.DataAnnotations;
            using MiniHttp;

            public static class Pages
            {
                [Get("/x")]
                public static string Page([StringLength(3, MinimumLength = 5)] string name) => name;
            }
            """;

        DiagnosticAssert.Single(
            source,
            "MH0042",
            line: 7,
            located: "StringLength(3, MinimumLength = 5)",
            "[StringLength] on parameter 'name' of handler 'Pages.Page' has a MinimumLength (5) greater than its maximum length (3), so no string passes");
    }

    [Fact]
    public void MH0043_an_attribute_the_generated_code_does_not_check_is_refused_on_a_body_type()
    {
        const string source = """
            using System.ComponentModel.DataAnnotations;
            using System.Text.Json.Serialization;
            using MiniHttp;

            [assembly: JsonContext(typeof(AppJson))]

            public sealed class Account
            {
                [Phone]
                public string? Phone { get; set; }
            }

            [JsonSerializable(typeof(Account))]
            internal sealed partial class AppJson : JsonSerializerContext;

            public static class Accounts
            {
                [Post("/accounts")]
                public static int Add([FromBody] Account account) => 1;
            }
            """;

        var run = Infrastructure.GeneratorHarness.Run(source);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MH0043", diagnostic.Id);
        Assert.Equal(9, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal(
            "[Phone] on property 'Account.Phone' would not be checked: the generated code checks [Required], [Range], [StringLength], [MinLength], [MaxLength], [Length], [RegularExpression], [EmailAddress] and [Url]; check this one in the handler",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("/accounts", run.GeneratedSource, System.StringComparison.Ordinal);
    }
}

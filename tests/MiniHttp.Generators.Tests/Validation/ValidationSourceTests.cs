using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Validation;

/// <summary>
/// The source emitted for routes whose parameters and body types carry DataAnnotations attributes: checks after
/// binding and one validator per type; and nothing at all for a route without such attributes.
/// </summary>
public sealed class ValidationSourceTests
{
    private const string Validated = """
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using System.Text.Json.Serialization;
        using MiniHttp;

        [assembly: JsonContext(typeof(Shop.ShopJson))]

        namespace Shop;

        public sealed class Order
        {
            [Required, StringLength(40, MinimumLength = 2)] public string? Customer { get; set; }
            [EmailAddress] public string? Email { get; set; }
            [RegularExpression("^[A-Z]{2}-[0-9]+$")] public string? Reference { get; set; }
            public Address? Shipping { get; set; }
            [MinLength(1)] public List<Line>? Lines { get; set; }
            public string? Note { get; set; }
        }

        public sealed class Address
        {
            [Required] public string? City { get; set; }
        }

        public sealed record Line([Required] string? Sku, [Range(1, 99)] int Quantity);

        /// <summary>Nothing to check: its route is emitted as before.</summary>
        public sealed record Plain(string Name);

        [JsonSerializable(typeof(Order))]
        [JsonSerializable(typeof(Line[]))]
        [JsonSerializable(typeof(Plain))]
        internal sealed partial class ShopJson : JsonSerializerContext;

        public static class Orders
        {
            [Post("/orders")] public static int Add([FromBody] Order order) => 1;
            [Post("/lines")] public static int Lines([FromBody] Line[] lines) => lines.Length;
            [Get("/orders")] public static int List([Range(1, 100)] int limit, [Url] string? next = null, [Range(0.5, 2.5)] decimal? scale = null) => limit;
            [Post("/plain")] public static int Plain([FromBody] Plain plain) => 0;
        }
        """;

    [Fact]
    public void Parameters_a_body_with_nested_objects_and_collections_and_a_body_without_checks()
    {
        var run = GeneratorHarness.Run(Validated);

        Assert.Empty(run.Diagnostics);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void A_router_without_validation_attributes_names_nothing_of_validation()
    {
        var run = GeneratorHarness.Run("""
            using MiniHttp;
            public static class Pages { [Get("/x")] public static int Page(int limit) => limit; }
            """);

        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain("Validat", run.GeneratedSource, System.StringComparison.Ordinal);
    }
}

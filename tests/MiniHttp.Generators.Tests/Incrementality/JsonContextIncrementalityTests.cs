using Microsoft.CodeAnalysis;

namespace MiniHttp.Generators.Tests.Incrementality;

/// <summary>
/// The JSON context reaches the model as strings (the metadata property each handler uses), so an edit elsewhere
/// changes nothing, and listing a type in the context regenerates the router.
/// </summary>
public sealed class JsonContextIncrementalityTests
{
    private const string Handlers = """
        using MiniHttp;

        public sealed record Order(int Id);

        public sealed record Invoice(int Id);

        public static class Shop
        {
            [Post("/orders")] public static int Add([FromBody] Order order) => order.Id;
            [Get("/invoice")] public static Invoice Invoice() => new(1);
        }
        """;

    private const string Context = """
        using System.Text.Json.Serialization;

        [assembly: MiniHttp.JsonContext(typeof(AppJsonContext))]

        [JsonSerializable(typeof(Order))]
        public abstract class AppJsonContext() : JsonSerializerContext(null);
        """;

    private const string Unrelated = "public static class Helpers { public static int One() => 1; }";

    [Fact]
    public void An_edit_to_another_file_leaves_the_json_routes_cached()
    {
        var (_, second) = IncrementalRuns.RunTwice([Handlers, Context, Unrelated], 2, "public static class Helpers { public static int Two() => 2; }");

        // Unchanged, not Modified: the handler models of the new compilation equal the old ones, which they could
        // not if they held the context's symbols.
        Assert.All(IncrementalRuns.Reasons(second, TrackingNames.PostHandlers), reason => Assert.Equal(IncrementalStepRunReason.Unchanged, reason));
        Assert.All(IncrementalRuns.Reasons(second, TrackingNames.Routes), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(IncrementalRuns.OutputReasons(second), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void Listing_a_type_in_the_context_regenerates_the_router()
    {
        var (first, second) = IncrementalRuns.RunTwice([Handlers, Context, Unrelated], 1, Context.Replace(
            "[JsonSerializable(typeof(Order))]", "[JsonSerializable(typeof(Order))]\n[JsonSerializable(typeof(Invoice))]", System.StringComparison.Ordinal));

        Assert.Equal("MH0019", Assert.Single(first.Diagnostics).Id);
        Assert.DoesNotContain("AppJsonContext.Default.Invoice", first.GeneratedSource, System.StringComparison.Ordinal);

        Assert.Empty(second.Diagnostics);
        Assert.Contains(IncrementalStepRunReason.Modified, IncrementalRuns.Reasons(second, TrackingNames.GetHandlers));
        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalRuns.Reasons(second, TrackingNames.Routes));
        Assert.Contains("response.WriteJson(global::Shop.Invoice(), global::AppJsonContext.Default.Invoice, omitBody);", second.GeneratedSource, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Renaming_a_types_metadata_property_regenerates_the_router()
    {
        var (_, second) = IncrementalRuns.RunTwice([Handlers, Context, Unrelated], 1, Context.Replace(
            "[JsonSerializable(typeof(Order))]", "[JsonSerializable(typeof(Order), TypeInfoPropertyName = \"Purchase\")]", System.StringComparison.Ordinal));

        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalRuns.Reasons(second, TrackingNames.Routes));
        Assert.Contains("global::AppJsonContext.Default.Purchase", second.GeneratedSource, System.StringComparison.Ordinal);
    }
}

namespace MiniHttp.Generators.Tests.OpenApi;

/// <summary>An application that asks for its OpenAPI document, for the source, diagnostic and incrementality tests.</summary>
internal static class OpenApiSources
{
    public const string Routes = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using MiniHttp;

        [assembly: OpenApi("/openapi.json", Title = "Shop", Version = "3.0")]
        [assembly: JsonContext(typeof(Shop.ShopJsonContext))]

        namespace Shop;

        /// <summary>A product for sale.</summary>
        /// <param name="Name">What it is called.</param>
        public sealed record Product(int Id, string Name, decimal? Price, List<string> Labels, bool InStock);

        [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
        [JsonSerializable(typeof(Product))]
        // Stands in for what the System.Text.Json generator would add, which this harness does not run.
        internal abstract class ShopJsonContext() : JsonSerializerContext(null)
        {
            public static ShopJsonContext Default => null!;

            public System.Text.Json.Serialization.Metadata.JsonTypeInfo<global::Shop.Product> Product => null!;
        }

        public static class Catalog
        {
            /// <summary>A product by its number.</summary>
            /// <param name="id">The product's number.</param>
            /// <returns>The product.</returns>
            [Get("/products/{id:int}")]
            public static Product Find(int id, [FromHeader("X-Currency")] string? currency) => new(id, "tea", 1.5m, [], true);

            /// <summary>Adds a product.</summary>
            [Post("/products")]
            public static HttpResult Add([FromBody] Product product) => HttpResult.Status(201);

            [Delete("/products/{id:int}")]
            public static void Remove(int id)
            {
            }
        }
        """;

    public const string Unrelated = "public static class Helpers { public static int One() => 1; }";
}

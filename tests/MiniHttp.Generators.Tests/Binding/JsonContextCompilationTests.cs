using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Binding;

/// <summary>
/// The metadata properties the generated code names are the ones the System.Text.Json generator adds: both
/// generators run on one compilation, which must then build without a problem.
/// </summary>
public sealed class JsonContextCompilationTests
{
    [Fact]
    public void Generated_code_names_the_metadata_properties_the_json_generator_adds()
    {
        var compilation = GeneratorHarness.Compile("""
            using System;
            using System.Collections.Generic;
            using System.Text.Json.Serialization;
            using MiniHttp;

            [assembly: JsonContext(typeof(Shop.ShopJsonContext))]

            namespace Shop;

            public sealed record Order(string Item, int Quantity);
            public record struct Point(int X, int Y);
            public static class Outer<T> { public sealed record Inner(T Value); }

            [JsonSerializable(typeof(Order))]
            [JsonSerializable(typeof(Point))]
            [JsonSerializable(typeof(Point?))]
            [JsonSerializable(typeof(Order[]))]
            [JsonSerializable(typeof(int[][]))]
            [JsonSerializable(typeof(int[,]))]
            [JsonSerializable(typeof(List<Order>))]
            [JsonSerializable(typeof(Dictionary<string, List<Point>>))]
            [JsonSerializable(typeof(Outer<int>.Inner))]
            [JsonSerializable(typeof(IEnumerable<Order>), TypeInfoPropertyName = "OrderStream")]
            internal partial class ShopJsonContext : JsonSerializerContext;

            public static class Handlers
            {
                [Post("/order")] public static Order Add([FromBody] Order order) => order;
                [Post("/point")] public static Point? MaybePoint([FromBody] Point? point) => point;
                [Post("/orders")] public static Order[] Orders([FromBody] Order[] orders) => orders;
                [Post("/jagged")] public static int[][] Jagged([FromBody] int[][] grid) => grid;
                [Post("/grid")] public static int[,] Grid([FromBody] int[,] grid) => grid;
                [Get("/list")] public static List<Order> List() => [];
                [Get("/nested")] public static Dictionary<string, List<Point>> Nested() => [];
                [Get("/inner")] public static Outer<int>.Inner Inner() => new(1);
                [Get("/stream")] public static IEnumerable<Order> Stream() => [];
            }
            """);

        var driver = CSharpGeneratorDriver.Create(
            [new RouteGenerator().AsSourceGenerator(), GeneratorHarness.JsonGenerator()],
            parseOptions: GeneratorHarness.ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        var routes = output.SyntaxTrees.Single(tree => tree.FilePath.EndsWith("MiniHttp.Routes.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Contains("global::Shop.ShopJsonContext.Default.NullablePoint", routes, StringComparison.Ordinal);
        Assert.Contains("global::Shop.ShopJsonContext.Default.Int32Array2D", routes, StringComparison.Ordinal);
        Assert.Contains("global::Shop.ShopJsonContext.Default.InnerInt32", routes, StringComparison.Ordinal);
        Assert.Contains("global::Shop.ShopJsonContext.Default.OrderStream", routes, StringComparison.Ordinal);
    }
}

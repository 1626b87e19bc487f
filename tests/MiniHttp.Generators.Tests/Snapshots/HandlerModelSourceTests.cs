using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Snapshots;

/// <summary>
/// The exact source emitted to bind each parameter source and type and to write each result kind, compared with
/// the committed snapshots beside this file.
/// </summary>
public sealed class HandlerModelSourceTests
{
    private const string QueryParameters = """
        using System;
        using MiniHttp;

        public enum Size { Small, Large, @class }

        public static class Query
        {
            [Get("/required")]
            public static int Required(int i, long l, short s, uint u, ulong ul, bool b, double d, decimal m, Guid g, Size size, string text) => 1;

            [Get("/optional")]
            public static int Optional(int? i, string? text, int page = 1, Size size = Size.Large, double ratio = 0.5, decimal price = 9.99m, string name = "a\"b") => 1;

            [Get("/named")]
            public static int Named([FromQuery("page-size")] int pageSize, [FromQuery] ReadOnlySpan<byte> raw) => 1;
        }
        """;

    private const string HeaderAndRouteParameters = """
        using System;
        using MiniHttp;

        public enum Size { Small, Large }

        public static class Headers
        {
            [Get("/headers")]
            public static int Read([FromHeader("X-Count")] int count, [FromHeader("X-Size")] Size? size, [FromHeader] string accept, [FromHeader("X-Raw")] ReadOnlySpan<byte> raw) => 1;

            [Get("/items/{id}/{size}/{raw}")]
            public static int Route(double id, Size size, ReadOnlySpan<byte> raw) => 1;

            [Get("/request")]
            public static int Request(HttpRequest request, int a) => a;
        }
        """;

    private const string BodyParameters = """
        using System;
        using System.Text.Json.Serialization;
        using MiniHttp;

        [assembly: JsonContext(typeof(Shop.ShopJsonContext))]

        namespace Shop;

        public enum Size { Small, Large }

        public sealed record Order(string Item, int Quantity);

        public record struct Point(int X, int Y);

        [JsonSerializable(typeof(Order))]
        [JsonSerializable(typeof(Point))]
        [JsonSerializable(typeof(Point[]), TypeInfoPropertyName = "Points")]
        public partial class ShopJsonContext : JsonSerializerContext;

        public static class Bodies
        {
            [Post("/int")] public static int Int([FromBody] int value) => value;
            [Post("/optional")] public static int Optional([FromBody] decimal? value) => 1;
            [Post("/enum")] public static int Enum([FromBody] Size size) => 1;
            [Post("/order")] public static int Order([FromBody] Order order) => 1;
            [Post("/maybe-order")] public static int MaybeOrder([FromBody] Order? order) => 1;
            [Post("/point")] public static int Point([FromBody] Point point) => 1;
            [Post("/points")] public static int Points([FromBody] Point[] points) => 1;
        }
        """;

    private const string Results = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using MiniHttp;

        [assembly: JsonContext(typeof(AppJsonContext))]

        public sealed record Order(string Item, int Quantity);

        [JsonSerializable(typeof(Order))]
        [JsonSerializable(typeof(List<Order>))]
        [JsonSerializable(typeof(Dictionary<string, int>))]
        internal partial class AppJsonContext : JsonSerializerContext;

        public static class Results
        {
            [Get("/void")] public static void Void() { }
            [Post("/void")] public static void PostVoid() { }
            [Get("/string")] public static string? String() => null;
            [Get("/int")] public static int Int() => 1;
            [Get("/long")] public static long Long() => 1;
            [Get("/short")] public static short Short() => 1;
            [Get("/uint")] public static uint UInt() => 1;
            [Get("/ulong")] public static ulong ULong() => 1;
            [Get("/double")] public static double Double() => 1;
            [Get("/decimal")] public static decimal Decimal() => 1;
            [Get("/bool")] public static bool Bool() => true;
            [Get("/guid")] public static Guid Guid() => default;
            [Get("/span")] public static ReadOnlySpan<byte> Span() => "ok"u8;
            [Get("/bytes")] public static byte[] Bytes() => [];
            [Get("/order")] public static Order? Order() => null;
            [Post("/order")] public static Order PostOrder() => new("a", 1);
            [Get("/orders")] public static List<Order> Orders() => [];
            [Get("/counts")] public static Dictionary<string, int> Counts() => [];
            [Get("/result")] public static HttpResult Result() => HttpResult.Status(204);
            [Post("/result")] public static HttpResult PostResult() => HttpResult.Status(201);
        }
        """;

    [Fact]
    public void Query_parameters_required_optional_and_named()
    {
        var run = GeneratorHarness.Run(QueryParameters);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void Header_route_and_request_parameters()
    {
        var run = GeneratorHarness.Run(HeaderAndRouteParameters);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void Body_parameters_as_text_and_json()
    {
        var run = GeneratorHarness.Run(BodyParameters);

        // The harness runs this generator only, so the context's metadata properties are not there to compile against.
        Assert.Empty(run.Diagnostics);
        Snapshot.Match(run.GeneratedSource);
    }

    private const string AsyncAndStreaming = """
        using System.IO;
        using System.IO.Pipelines;
        using System.Threading;
        using System.Threading.Tasks;
        using MiniHttp;

        public static class Streaming
        {
            [Get("/task")] public static Task<int> Count(int start) => Task.FromResult(start);
            [Post("/task")] public static Task Store([FromBody] string text) => Task.CompletedTask;
            [Get("/value-task")] public static ValueTask<string?> Name(CancellationToken aborted) => default;
            [Post("/upload")] public static async ValueTask<long> Upload(Stream body, CancellationToken aborted) => await Task.FromResult(0L);
            [Put("/upload")] public static ValueTask Replace([FromBody] PipeReader body) => default;
            [Get("/export")] public static StreamedResult Export() => HttpResult.Stream(200, static (body, ct) => default);
            [Put("/files/{name}")] public static ValueTask Save(string name, Stream body) => default;
            [Get("/files/readme")] public static string Readme() => "read me";
        }
        """;

    [Fact]
    public void Async_handlers_token_streamed_bodies_and_results()
    {
        var run = GeneratorHarness.Run(AsyncAndStreaming);

        Assert.Empty(run.Diagnostics);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void Results_of_each_kind()
    {
        var run = GeneratorHarness.Run(Results);

        Assert.Empty(run.Diagnostics);
        Snapshot.Match(run.GeneratedSource);
    }

    [Fact]
    public void Defaults_of_every_kind_compile_without_warnings()
    {
        var run = GeneratorHarness.Run("""
            using System;
            using MiniHttp;

            public enum Size { Small = 1, Large = 2 }

            public static class Defaults
            {
            #nullable disable
                [Get("/oblivious")]
                public static int Oblivious(string text = null) => 1;
            #nullable enable

                [Get("/defaults")]
                public static int Values(
                    long l = long.MinValue, ulong ul = ulong.MaxValue, uint u = 7, short s = -3, bool b = true,
                    double nan = double.NaN, double inf = double.NegativeInfinity, double tiny = 1e-300, decimal m = -0.5m,
                    Size unnamed = (Size)3, Size? none = null, Guid g = default, int? maybe = 4) => 1;

                [Post("/body")]
                public static int Body([FromBody] byte[]? bytes = null) => 1;
            }
            """);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("string arg_text = null!;", run.GeneratedSource, System.StringComparison.Ordinal);
        Assert.Contains("global::Size arg_unnamed = (global::Size)(3);", run.GeneratedSource, System.StringComparison.Ordinal);
        Assert.Contains("double arg_nan = double.NaN;", run.GeneratedSource, System.StringComparison.Ordinal);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Serialization;
using MiniHttp;
using MiniHttp.Generators.Tests.Dispatch;

[assembly: JsonContext(typeof(BindingJsonContext))]

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>A handler parameter bound from the query string, a header, the route or the body, by name only.</summary>
public enum Color
{
    Red,
    Green,
    Blue = 7,
}

public sealed record Order(string Item, int Quantity);

public readonly record struct Point(int X, int Y);

[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(Point))]
[JsonSerializable(typeof(List<Order>))]
[JsonSerializable(typeof(Todo))]
[JsonSerializable(typeof(Validation.TodoInput))]
[JsonSerializable(typeof(List<Validation.TodoStep>))]
[JsonSerializable(typeof(Validation.Window))]
[JsonSerializable(typeof(Validation.UncheckedTodoInput))]
internal sealed partial class BindingJsonContext : JsonSerializerContext;

/// <summary>
/// Handlers for every binding source, parameter type and result kind, compiled into this project's router alongside
/// <see cref="TestRoutes"/>. Most return what they were given, so one route checks a type both ways.
/// </summary>
public static class BindingRoutes
{
    [Get("/bind/int")] public static int QueryInt(int v) => v;

    [Get("/bind/long")] public static long QueryLong(long v) => v;

    [Get("/bind/short")] public static short QueryShort(short v) => v;

    [Get("/bind/uint")] public static uint QueryUInt(uint v) => v;

    [Get("/bind/ulong")] public static ulong QueryULong(ulong v) => v;

    [Get("/bind/bool")] public static bool QueryBool(bool v) => v;

    [Get("/bind/double")] public static double QueryDouble(double v) => v;

    [Get("/bind/decimal")] public static decimal QueryDecimal(decimal v) => v;

    [Get("/bind/guid")] public static Guid QueryGuid(Guid v) => v;

    [Get("/bind/enum")] public static string QueryEnum(Color v) => v.ToString();

    [Get("/bind/string")] public static string QueryString(string v) => v;

    [Get("/bind/raw")] public static ReadOnlySpan<byte> QueryRaw([FromQuery] ReadOnlySpan<byte> v) => v;

    [Get("/bind/named")] public static int QueryNamed([FromQuery("page-size")] int pageSize) => pageSize;

    [Get("/bind/optional")]
    public static string QueryOptional(int? a, string? b, int c = 5, Color d = Color.Blue, double e = 1.5, decimal f = 2.5m, Guid g = default) =>
        string.Create(CultureInfo.InvariantCulture, $"{a?.ToString(CultureInfo.InvariantCulture) ?? "null"},{b ?? "null"},{c},{d},{e},{f},{g}");

    [Get("/bind/header")] public static int HeaderInt([FromHeader("X-Count")] int count) => count;

    [Get("/bind/header/string")] public static string HeaderString([FromHeader("X-Name")] string name) => name;

    [Get("/bind/header/own-name")] public static string HeaderOwnName([FromHeader] string accept) => accept;

    [Get("/bind/header/optional")]
    public static string HeaderOptional([FromHeader("X-Count")] long? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "none";

    [Get("/bind/header/raw")] public static ReadOnlySpan<byte> HeaderRaw([FromHeader("X-Raw")] ReadOnlySpan<byte> raw) => raw;

    [Get("/bind/header/enum")] public static string HeaderEnum([FromHeader("X-Color")] Color color) => color.ToString();

    [Get("/bind/route/{v}/double")] public static double RouteDouble(double v) => v;

    [Get("/bind/route/{color}/enum")] public static string RouteEnum(Color color) => color.ToString();

    [Get("/bind/route/{flag}/bool")] public static bool RouteBool(bool flag) => flag;

    [Get("/bind/route/{raw}/raw")] public static ReadOnlySpan<byte> RouteRaw(ReadOnlySpan<byte> raw) => raw;

    [Post("/bind/body/double")] public static double BodyDouble([FromBody] double v) => v;

    [Post("/bind/body/guid")] public static Guid BodyGuid([FromBody] Guid v) => v;

    [Post("/bind/body/bool")] public static bool BodyBool([FromBody] bool v) => v;

    [Post("/bind/body/enum")] public static string BodyEnum([FromBody] Color v) => v.ToString();

    [Post("/bind/body/optional")] public static int BodyOptional([FromBody] int? v) => v ?? -1;

    [Post("/bind/json")] public static string JsonBody([FromBody] Order order) => order.Quantity + " x " + order.Item;

    [Post("/bind/json/optional")] public static string JsonOptional([FromBody] Order? order) => order?.Item ?? "none";

    [Post("/bind/json/point")] public static int JsonPoint([FromBody] Point point) => point.X + point.Y;

    [Post("/bind/json/echo")] public static Order JsonEcho([FromBody] Order order) => order with { Quantity = order.Quantity + 1 };

    [Get("/bind/json/orders")] public static List<Order> JsonOrders() => [new("tea", 2), new("milk", 1)];

    [Get("/bind/json/null")] public static Order? JsonNull() => null;

    [Get("/bind/json/point")] public static Point JsonPointResult() => new(3, -4);

    [Get("/bind/request")] public static string Request(HttpRequest request) => request.Method + " " + request.Query.Length;

    [Post("/bind/request/body")] public static ReadOnlySpan<byte> RequestBody(HttpRequest request) => request.Body;

    [Get("/bind/void")] public static void Nothing()
    {
    }

    /// <summary>The sum of the bodies <see cref="Consume"/> was given, so that it does something without answering.</summary>
    public static long Consumed { get; private set; }

    [Post("/bind/void")] public static void Consume([FromBody] int v) => Consumed += v;

    [Get("/bind/false")] public static bool False() => false;

    [Get("/bind/double/result")] public static double DoubleResult() => 0.1 + 0.2;

    [Get("/bind/decimal/result")] public static decimal DecimalResult() => -12.50m;

    [Get("/bind/guid/result")] public static Guid GuidResult() => new("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Get("/bind/ulong/result")] public static ulong ULongResult() => ulong.MaxValue;

    [Get("/bind/short/result")] public static short ShortResult() => short.MinValue;
}

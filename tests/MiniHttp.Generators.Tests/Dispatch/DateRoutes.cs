using System;
using System.Globalization;
using MiniHttp;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>Dates and times bound from the query string, the route and a header; each echoes its value round-trip.</summary>
public static class DateRoutes
{
    [Get("/bind/datetime")]
    public static string QueryDateTime(DateTime v) => v.ToString("O", CultureInfo.InvariantCulture) + " " + v.Kind;

    [Get("/bind/datetimeoffset")]
    public static string QueryDateTimeOffset(DateTimeOffset v) => v.ToString("O", CultureInfo.InvariantCulture);

    [Get("/bind/route/{day}/dateonly")]
    public static string RouteDateOnly(DateOnly day) => day.ToString("O", CultureInfo.InvariantCulture);

    [Get("/bind/header/timeonly")]
    public static string HeaderTimeOnly([FromHeader("X-At")] TimeOnly at) => at.ToString("O", CultureInfo.InvariantCulture);

    [Get("/bind/dates/optional")]
    public static string Optional(DateTime? since, DateOnly? day, [FromHeader("X-At")] TimeOnly? at, int? limit, int page = 1) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{since?.ToString("O", CultureInfo.InvariantCulture) ?? "null"},{day?.ToString("O", CultureInfo.InvariantCulture) ?? "null"},{at?.ToString("O", CultureInfo.InvariantCulture) ?? "null"},{limit?.ToString(CultureInfo.InvariantCulture) ?? "null"},{page}");

    [Get("/bind/datetimeoffset/ticks")]
    public static long UtcTicks(DateTimeOffset v) => v.UtcTicks;

    [Get("/bind/route/{day}/daynumber")]
    public static int DayNumber(DateOnly day) => day.DayNumber;

    [Get("/bind/header/timeonly/ticks")]
    public static long TimeTicks([FromHeader("X-At")] TimeOnly at) => at.Ticks;

    [Get("/bind/limit")]
    public static int Limit(int? limit, DateTime? since) => limit ?? since?.Day ?? -1;
}

using System;
using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace MiniHttp.Binding;

public static partial class ArgumentParser
{
    /// <summary>An ISO 8601 date and time is at most this long: <c>2026-12-03T14:41:20.1234567+01:00</c>, with room to spare.</summary>
    private const int MaxDateTimeLength = 48;

    // The extended ISO 8601 forms of a date alone and a time of day alone, as System.Text.Json writes them.
    private static readonly string[] DateOnlyFormats = ["yyyy'-'MM'-'dd"];
    private static readonly string[] TimeOnlyFormats = ["HH':'mm", "HH':'mm':'ss", "HH':'mm':'ss'.'FFFFFFF"];

    /// <summary>Every byte an ISO 8601 date and time is written with.</summary>
    private static readonly SearchValues<byte> DateTimeBytes = SearchValues.Create("0123456789-:.+TZtz"u8);

    /// <summary>
    /// Parses an ISO 8601 date, or date and time, as System.Text.Json reads one from a JSON string:
    /// <c>2026-12-03</c>, <c>2026-12-03T14:41:20.5</c>, <c>2026-12-03T14:41:20Z</c>, <c>2026-12-03T15:41:20+01:00</c>.
    /// A value with an offset is converted to UTC (<see cref="DateTimeKind.Utc"/>, as ASP.NET Core's binding does,
    /// never to the server's local time); one without is <see cref="DateTimeKind.Unspecified"/>.
    /// </summary>
    public static bool TryParseDateTime(ReadOnlySpan<byte> utf8, out DateTime value)
    {
        value = default;
        if (!TryParseIso8601(utf8, out var withOffset, out var hasOffset))
        {
            return false;
        }

        value = hasOffset ? withOffset.UtcDateTime : withOffset.DateTime;
        return true;
    }

    /// <summary>
    /// Parses an ISO 8601 date and time as <see cref="TryParseDateTime"/> does, keeping its offset; a value without
    /// one is taken to be UTC rather than the server's local time, so the same request means the same instant anywhere.
    /// </summary>
    public static bool TryParseDateTimeOffset(ReadOnlySpan<byte> utf8, out DateTimeOffset value) =>
        TryParseIso8601(utf8, out value, out _);

    /// <summary>Parses with System.Text.Json's ISO 8601 parser; a value without an offset is given offset zero.</summary>
    private static bool TryParseIso8601(ReadOnlySpan<byte> utf8, out DateTimeOffset value, out bool hasOffset)
    {
        value = default;
        hasOffset = false;
        Span<byte> quoted = stackalloc byte[MaxDateTimeLength + 2];
        if (!TryQuote(utf8, quoted, out var json))
        {
            return false;
        }

        // The reader gives a value without an offset as Unspecified, and would take the server's offset for its DateTimeOffset.
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || !reader.TryGetDateTime(out var dateTime))
        {
            return false;
        }

        hasOffset = dateTime.Kind != DateTimeKind.Unspecified;
        if (!hasOffset)
        {
            value = new DateTimeOffset(dateTime, TimeSpan.Zero);
            return true;
        }

        return reader.TryGetDateTimeOffset(out value);
    }

    /// <summary>Parses an ISO 8601 date, <c>2026-12-03</c>, and nothing else.</summary>
    public static bool TryParseDateOnly(ReadOnlySpan<byte> utf8, out DateOnly value)
    {
        Span<char> chars = stackalloc char[MaxDateTimeLength];
        value = default;
        return TryWidenAscii(utf8, chars, out var text)
            && DateOnly.TryParseExact(text, DateOnlyFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>Parses an ISO 8601 time of day, <c>14:41</c>, <c>14:41:20</c> or <c>14:41:20.5</c>, and nothing else.</summary>
    public static bool TryParseTimeOnly(ReadOnlySpan<byte> utf8, out TimeOnly value)
    {
        Span<char> chars = stackalloc char[MaxDateTimeLength];
        value = default;
        return TryWidenAscii(utf8, chars, out var text)
            && TimeOnly.TryParseExact(text, TimeOnlyFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>
    /// <paramref name="utf8"/> between quotes, a JSON string for <see cref="Utf8JsonReader"/>'s ISO 8601 parser; false
    /// when it is too long for a date or holds a byte that is not of one (a quote or escape would change the JSON).
    /// </summary>
    private static bool TryQuote(ReadOnlySpan<byte> utf8, Span<byte> buffer, out ReadOnlySpan<byte> json)
    {
        json = default;
        if (utf8.IsEmpty || utf8.Length > MaxDateTimeLength || utf8.ContainsAnyExcept(DateTimeBytes))
        {
            return false;
        }

        buffer[0] = (byte)'"';
        utf8.CopyTo(buffer[1..]);
        buffer[utf8.Length + 1] = (byte)'"';
        json = buffer[..(utf8.Length + 2)];
        return true;
    }

    /// <summary>The ASCII bytes of <paramref name="utf8"/> as characters; false for a value too long or not ASCII.</summary>
    private static bool TryWidenAscii(ReadOnlySpan<byte> utf8, Span<char> buffer, out ReadOnlySpan<char> text)
    {
        text = default;
        if (utf8.Length > buffer.Length || System.Text.Ascii.ToUtf16(utf8, buffer, out var written) != OperationStatus.Done)
        {
            return false;
        }

        text = buffer[..written];
        return true;
    }
}

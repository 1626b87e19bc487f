using System;
using System.ComponentModel;

namespace MiniHttp.Binding;

/// <summary>
/// Decodes and parses the value of a route parameter: the raw bytes of a path segment (or, for a catch-all, of the
/// rest of the path), percent-decoded with <c>+</c> left as it is. Generated code calls it; applications have no need to.
/// </summary>
/// <remarks>Each parse method decodes the value, then parses it as strictly as <see cref="ArgumentParser"/> does.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RouteValues
{
    public static bool TryParseInt32(ReadOnlySpan<byte> rawValue, out int value) => TryParse<int, Int32Parser>(rawValue, out value);

    public static bool TryParseInt64(ReadOnlySpan<byte> rawValue, out long value) => TryParse<long, Int64Parser>(rawValue, out value);

    public static bool TryParseInt16(ReadOnlySpan<byte> rawValue, out short value) => TryParse<short, Int16Parser>(rawValue, out value);

    public static bool TryParseUInt32(ReadOnlySpan<byte> rawValue, out uint value) => TryParse<uint, UInt32Parser>(rawValue, out value);

    public static bool TryParseUInt64(ReadOnlySpan<byte> rawValue, out ulong value) => TryParse<ulong, UInt64Parser>(rawValue, out value);

    public static bool TryParseBoolean(ReadOnlySpan<byte> rawValue, out bool value) => TryParse<bool, BooleanParser>(rawValue, out value);

    public static bool TryParseDouble(ReadOnlySpan<byte> rawValue, out double value) => TryParse<double, DoubleParser>(rawValue, out value);

    public static bool TryParseDecimal(ReadOnlySpan<byte> rawValue, out decimal value) => TryParse<decimal, DecimalParser>(rawValue, out value);

    /// <summary>
    /// Decodes <paramref name="rawValue"/> and parses all of it as a <see cref="Guid"/> in its usual form,
    /// <c>00000000-0000-0000-0000-000000000000</c>, in either case.
    /// </summary>
    public static bool TryParseGuid(ReadOnlySpan<byte> rawValue, out Guid value) => TryParse<Guid, GuidParser>(rawValue, out value);

    public static bool TryParseDateTime(ReadOnlySpan<byte> rawValue, out DateTime value) => TryParse<DateTime, DateTimeParser>(rawValue, out value);

    public static bool TryParseDateTimeOffset(ReadOnlySpan<byte> rawValue, out DateTimeOffset value) => TryParse<DateTimeOffset, DateTimeOffsetParser>(rawValue, out value);

    public static bool TryParseDateOnly(ReadOnlySpan<byte> rawValue, out DateOnly value) => TryParse<DateOnly, DateOnlyParser>(rawValue, out value);

    public static bool TryParseTimeOnly(ReadOnlySpan<byte> rawValue, out TimeOnly value) => TryParse<TimeOnly, TimeOnlyParser>(rawValue, out value);

    /// <summary>Percent-decodes <paramref name="rawValue"/> and decodes the bytes as strict UTF-8.</summary>
    public static bool TryDecodeString(ReadOnlySpan<byte> rawValue, out string value) => TryParse<string, StringParser>(rawValue, out value);

    /// <summary>Percent-decodes <paramref name="rawValue"/>, leaving <c>+</c> as it is, and parses the bytes with <typeparamref name="TParser"/>.</summary>
    public static bool TryParse<T, TParser>(ReadOnlySpan<byte> rawValue, out T value)
        where TParser : IArgumentParser<T>
    {
        if (rawValue.IndexOf((byte)'%') < 0)
        {
            return TParser.TryParse(rawValue, out value);
        }

        using var decoded = new DecodeBuffer(stackalloc byte[DecodeBuffer.StackLength], rawValue.Length);
        value = default!;
        return PercentDecoding.TryDecodeSegment(rawValue, decoded.Span, out var length)
            && TParser.TryParse(decoded.Span[..length], out value);
    }
}

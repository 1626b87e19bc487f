using System;
using System.ComponentModel;

namespace MiniHttp.Binding;

/// <summary>
/// Finds and decodes values in a raw query string: <c>name=value</c> pairs separated by <c>&amp;</c>, values
/// percent-encoded with <c>+</c> for a space (<c>application/x-www-form-urlencoded</c>). Generated code calls it;
/// applications have no need to.
/// </summary>
/// <remarks>Each parse method decodes the value, then parses it as strictly as <see cref="ArgumentParser"/> does.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class QueryString
{
    /// <summary>Finds the value of the first pair named <paramref name="name"/>.</summary>
    /// <remarks>
    /// Names are compared raw, byte for byte as sent, never percent-decoded: handler parameter names are C#
    /// identifiers, which clients send as they are. A pair without <c>=</c> has an empty value.
    /// </remarks>
    /// <param name="rawValue">The value as sent, still percent-encoded.</param>
    public static bool TryGetValue(ReadOnlySpan<byte> query, ReadOnlySpan<byte> name, out ReadOnlySpan<byte> rawValue)
    {
        var remaining = query;
        while (true)
        {
            var end = remaining.IndexOf((byte)'&');
            var pair = end < 0 ? remaining : remaining[..end];
            if (pair.StartsWith(name) && (pair.Length == name.Length || pair[name.Length] == (byte)'='))
            {
                rawValue = pair.Length == name.Length ? [] : pair[(name.Length + 1)..];
                return true;
            }

            if (end < 0)
            {
                rawValue = [];
                return false;
            }

            remaining = remaining[(end + 1)..];
        }
    }

    public static bool TryParseInt32(ReadOnlySpan<byte> rawValue, out int value) => TryParse<int, Int32Parser>(rawValue, out value);

    public static bool TryParseInt64(ReadOnlySpan<byte> rawValue, out long value) => TryParse<long, Int64Parser>(rawValue, out value);

    public static bool TryParseInt16(ReadOnlySpan<byte> rawValue, out short value) => TryParse<short, Int16Parser>(rawValue, out value);

    public static bool TryParseUInt32(ReadOnlySpan<byte> rawValue, out uint value) => TryParse<uint, UInt32Parser>(rawValue, out value);

    public static bool TryParseUInt64(ReadOnlySpan<byte> rawValue, out ulong value) => TryParse<ulong, UInt64Parser>(rawValue, out value);

    public static bool TryParseBoolean(ReadOnlySpan<byte> rawValue, out bool value) => TryParse<bool, BooleanParser>(rawValue, out value);

    public static bool TryParseDouble(ReadOnlySpan<byte> rawValue, out double value) => TryParse<double, DoubleParser>(rawValue, out value);

    public static bool TryParseDecimal(ReadOnlySpan<byte> rawValue, out decimal value) => TryParse<decimal, DecimalParser>(rawValue, out value);

    public static bool TryParseGuid(ReadOnlySpan<byte> rawValue, out Guid value) => TryParse<Guid, GuidParser>(rawValue, out value);

    public static bool TryParseDateTime(ReadOnlySpan<byte> rawValue, out DateTime value) => TryParse<DateTime, DateTimeParser>(rawValue, out value);

    public static bool TryParseDateTimeOffset(ReadOnlySpan<byte> rawValue, out DateTimeOffset value) => TryParse<DateTimeOffset, DateTimeOffsetParser>(rawValue, out value);

    public static bool TryParseDateOnly(ReadOnlySpan<byte> rawValue, out DateOnly value) => TryParse<DateOnly, DateOnlyParser>(rawValue, out value);

    public static bool TryParseTimeOnly(ReadOnlySpan<byte> rawValue, out TimeOnly value) => TryParse<TimeOnly, TimeOnlyParser>(rawValue, out value);

    /// <summary>Percent-decodes <paramref name="rawValue"/> and decodes the bytes as strict UTF-8.</summary>
    public static bool TryDecodeString(ReadOnlySpan<byte> rawValue, out string value) => TryParse<string, StringParser>(rawValue, out value);

    /// <summary>Percent-decodes <paramref name="rawValue"/>, <c>+</c> as a space, and parses the bytes with <typeparamref name="TParser"/>.</summary>
    /// <returns>False for a <c>%</c> not followed by two hex digits, or for bytes the parser rejects.</returns>
    public static bool TryParse<T, TParser>(ReadOnlySpan<byte> rawValue, out T value)
        where TParser : IArgumentParser<T>
    {
        // Almost every value is sent as it is, so decoding, and the buffer it needs, is the rare path.
        if (!PercentDecoding.IsEncoded(rawValue))
        {
            return TParser.TryParse(rawValue, out value);
        }

        using var decoded = new DecodeBuffer(stackalloc byte[DecodeBuffer.StackLength], rawValue.Length);
        value = default!;
        return PercentDecoding.TryDecode(rawValue, decoded.Span, out var length)
            && TParser.TryParse(decoded.Span[..length], out value);
    }
}

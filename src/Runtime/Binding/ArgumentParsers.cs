using System;

namespace MiniHttp.Binding;

// The built-in parsers as type arguments, for the decode-then-parse methods of QueryString and RouteValues.
internal readonly struct Int32Parser : IArgumentParser<int>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out int value) => ArgumentParser.TryParseInt32(utf8, out value);
}

internal readonly struct Int64Parser : IArgumentParser<long>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out long value) => ArgumentParser.TryParseInt64(utf8, out value);
}

internal readonly struct Int16Parser : IArgumentParser<short>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out short value) => ArgumentParser.TryParseInt16(utf8, out value);
}

internal readonly struct UInt32Parser : IArgumentParser<uint>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out uint value) => ArgumentParser.TryParseUInt32(utf8, out value);
}

internal readonly struct UInt64Parser : IArgumentParser<ulong>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out ulong value) => ArgumentParser.TryParseUInt64(utf8, out value);
}

internal readonly struct BooleanParser : IArgumentParser<bool>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out bool value) => ArgumentParser.TryParseBoolean(utf8, out value);
}

internal readonly struct DoubleParser : IArgumentParser<double>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out double value) => ArgumentParser.TryParseDouble(utf8, out value);
}

internal readonly struct DecimalParser : IArgumentParser<decimal>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out decimal value) => ArgumentParser.TryParseDecimal(utf8, out value);
}

internal readonly struct GuidParser : IArgumentParser<Guid>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out Guid value) => ArgumentParser.TryParseGuid(utf8, out value);
}

internal readonly struct DateTimeParser : IArgumentParser<DateTime>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out DateTime value) => ArgumentParser.TryParseDateTime(utf8, out value);
}

internal readonly struct DateTimeOffsetParser : IArgumentParser<DateTimeOffset>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out DateTimeOffset value) => ArgumentParser.TryParseDateTimeOffset(utf8, out value);
}

internal readonly struct DateOnlyParser : IArgumentParser<DateOnly>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out DateOnly value) => ArgumentParser.TryParseDateOnly(utf8, out value);
}

internal readonly struct TimeOnlyParser : IArgumentParser<TimeOnly>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out TimeOnly value) => ArgumentParser.TryParseTimeOnly(utf8, out value);
}

internal readonly struct StringParser : IArgumentParser<string>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out string value) => ArgumentParser.TryDecodeString(utf8, out value);
}

using System;
using System.Buffers.Text;
using System.ComponentModel;

namespace MiniHttp.Binding;

/// <summary>
/// Decodes and parses the value of a route parameter: the raw bytes of a path segment (or, for a catch-all, of the
/// rest of the path), percent-decoded with <c>+</c> left as it is. Generated code calls it; applications have no need to.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RouteValues
{
    /// <summary>Decodes <paramref name="rawValue"/> and parses it strictly as an <see cref="int"/>, like <see cref="ArgumentParser.TryParseInt32"/>.</summary>
    public static bool TryParseInt32(ReadOnlySpan<byte> rawValue, out int value)
    {
        if (rawValue.IndexOf((byte)'%') < 0)
        {
            return ArgumentParser.TryParseInt32(rawValue, out value);
        }

        using var decoded = new DecodeBuffer(stackalloc byte[DecodeBuffer.StackLength], rawValue.Length);
        value = 0;
        return PercentDecoding.TryDecodeSegment(rawValue, decoded.Span, out var length)
            && ArgumentParser.TryParseInt32(decoded.Span[..length], out value);
    }

    /// <summary>Decodes <paramref name="rawValue"/> and parses it strictly as a <see cref="long"/>, like <see cref="ArgumentParser.TryParseInt64"/>.</summary>
    public static bool TryParseInt64(ReadOnlySpan<byte> rawValue, out long value)
    {
        if (rawValue.IndexOf((byte)'%') < 0)
        {
            return ArgumentParser.TryParseInt64(rawValue, out value);
        }

        using var decoded = new DecodeBuffer(stackalloc byte[DecodeBuffer.StackLength], rawValue.Length);
        value = 0;
        return PercentDecoding.TryDecodeSegment(rawValue, decoded.Span, out var length)
            && ArgumentParser.TryParseInt64(decoded.Span[..length], out value);
    }

    /// <summary>
    /// Decodes <paramref name="rawValue"/> and parses all of it as a <see cref="Guid"/> in its usual form,
    /// <c>00000000-0000-0000-0000-000000000000</c>, in either case.
    /// </summary>
    public static bool TryParseGuid(ReadOnlySpan<byte> rawValue, out Guid value)
    {
        if (rawValue.IndexOf((byte)'%') < 0)
        {
            return Utf8Parser.TryParse(rawValue, out value, out var consumed, 'D') && consumed == rawValue.Length;
        }

        using var decoded = new DecodeBuffer(stackalloc byte[DecodeBuffer.StackLength], rawValue.Length);
        value = Guid.Empty;
        return PercentDecoding.TryDecodeSegment(rawValue, decoded.Span, out var length)
            && Utf8Parser.TryParse(decoded.Span[..length], out value, out var decodedConsumed, 'D')
            && decodedConsumed == length;
    }

    /// <summary>Percent-decodes <paramref name="rawValue"/> and decodes the bytes as strict UTF-8.</summary>
    public static bool TryDecodeString(ReadOnlySpan<byte> rawValue, out string value)
    {
        if (rawValue.IndexOf((byte)'%') < 0)
        {
            return ArgumentParser.TryDecodeString(rawValue, out value);
        }

        using var decoded = new DecodeBuffer(stackalloc byte[DecodeBuffer.StackLength], rawValue.Length);
        value = string.Empty;
        return PercentDecoding.TryDecodeSegment(rawValue, decoded.Span, out var length)
            && ArgumentParser.TryDecodeString(decoded.Span[..length], out value);
    }
}

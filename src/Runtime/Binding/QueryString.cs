using System;
using System.ComponentModel;

namespace MiniHttp.Binding;

/// <summary>
/// Finds and decodes values in a raw query string: <c>name=value</c> pairs separated by <c>&amp;</c>, values
/// percent-encoded with <c>+</c> for a space (<c>application/x-www-form-urlencoded</c>). Generated code calls it;
/// applications have no need to.
/// </summary>
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

    /// <summary>Decodes <paramref name="rawValue"/> and parses it strictly as an <see cref="int"/>, like <see cref="ArgumentParser.TryParseInt32"/>.</summary>
    public static bool TryParseInt32(ReadOnlySpan<byte> rawValue, out int value)
    {
        // '+' decodes to a space, which no integer holds, so only '%' ever needs decoding: almost never.
        if (rawValue.IndexOf((byte)'%') < 0)
        {
            return ArgumentParser.TryParseInt32(rawValue, out value);
        }

        using var decoded = new DecodeBuffer(stackalloc byte[DecodeBuffer.StackLength], rawValue.Length);
        value = 0;
        return PercentDecoding.TryDecode(rawValue, decoded.Span, out var length)
            && ArgumentParser.TryParseInt32(decoded.Span[..length], out value);
    }

    /// <summary>Decodes <paramref name="rawValue"/> and parses it strictly as a <see cref="long"/>, like <see cref="ArgumentParser.TryParseInt64"/>.</summary>
    public static bool TryParseInt64(ReadOnlySpan<byte> rawValue, out long value)
    {
        // '+' decodes to a space, which no integer holds, so only '%' ever needs decoding: almost never.
        if (rawValue.IndexOf((byte)'%') < 0)
        {
            return ArgumentParser.TryParseInt64(rawValue, out value);
        }

        using var decoded = new DecodeBuffer(stackalloc byte[DecodeBuffer.StackLength], rawValue.Length);
        value = 0;
        return PercentDecoding.TryDecode(rawValue, decoded.Span, out var length)
            && ArgumentParser.TryParseInt64(decoded.Span[..length], out value);
    }

    /// <summary>Percent-decodes <paramref name="rawValue"/> and decodes the bytes as strict UTF-8.</summary>
    public static bool TryDecodeString(ReadOnlySpan<byte> rawValue, out string value)
    {
        if (!PercentDecoding.IsEncoded(rawValue))
        {
            return ArgumentParser.TryDecodeString(rawValue, out value);
        }

        using var decoded = new DecodeBuffer(stackalloc byte[DecodeBuffer.StackLength], rawValue.Length);
        value = string.Empty;
        return PercentDecoding.TryDecode(rawValue, decoded.Span, out var length)
            && ArgumentParser.TryDecodeString(decoded.Span[..length], out value);
    }
}

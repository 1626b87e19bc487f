using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MiniHttp;

/// <summary>
/// Reads the address of one hop in a forwarded header: an <c>X-Forwarded-For</c> element, or the node of a
/// <c>Forwarded</c> <c>for</c> parameter (RFC 7239, section 6). Strict, because a hop's address decides trust:
/// IPv4 only as four decimal octets (<see cref="IPAddress.TryParse(ReadOnlySpan{char}, out IPAddress?)"/> also takes
/// <c>127.1</c> and <c>0x7f.0.0.1</c>), IPv6 without a zone.
/// </summary>
internal static class ForwardedNode
{
    // The longest IPv6 text: eight groups with an embedded IPv4 address, as in ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255.
    private const int MaxIPv6Length = 45;

    // Hex digits, colons and the dots of an embedded IPv4 address: no zone (%eth0), no brackets, no spaces.
    private static readonly SearchValues<byte> s_ipv6Characters = SearchValues.Create("0123456789abcdefABCDEF:."u8);

    // What follows the "_" of an obfuscated node or port (RFC 7239, section 6.3).
    private static readonly SearchValues<byte> s_obfuscatedCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-"u8);

    /// <summary>
    /// An <c>X-Forwarded-For</c> element: an IPv4 address with an optional port, a bare IPv6 address, or an IPv6 address
    /// in brackets with an optional port.
    /// </summary>
    public static bool TryParseXForwardedFor(ReadOnlySpan<byte> element, [NotNullWhen(true)] out IPAddress? address)
    {
        if (element.StartsWith("["u8))
        {
            return TryParseBracketedIPv6(element, allowObfuscatedPort: false, out address);
        }

        var colon = element.IndexOf((byte)':');
        if (colon >= 0 && element[(colon + 1)..].Contains((byte)':'))
        {
            return TryParseIPv6(element, out address);
        }

        if (colon >= 0 && !IsPort(element[(colon + 1)..], allowObfuscated: false))
        {
            address = null;
            return false;
        }

        return TryParseIPv4(colon >= 0 ? element[..colon] : element, out address);
    }

    /// <summary>
    /// A <c>Forwarded</c> node: <c>nodename [ ":" node-port ]</c>, where the name is an IPv4 address, an IPv6 address in
    /// brackets, <c>unknown</c> or an obfuscated identifier (<c>_</c> and letters, digits, <c>.</c>, <c>_</c>, <c>-</c>).
    /// </summary>
    /// <param name="address">The address, or null for a node that hides it (<c>unknown</c>, obfuscated).</param>
    public static bool TryParseForwardedFor(ReadOnlySpan<byte> node, out IPAddress? address)
    {
        if (node.StartsWith("["u8))
        {
            return TryParseBracketedIPv6(node, allowObfuscatedPort: true, out address);
        }

        var colon = node.IndexOf((byte)':');
        var name = colon >= 0 ? node[..colon] : node;
        address = null;
        if (colon >= 0 && !IsPort(node[(colon + 1)..], allowObfuscated: true))
        {
            return false;
        }

        return Ascii.EqualsIgnoreCase(name, "unknown"u8) || IsObfuscated(name) || TryParseIPv4(name, out address);
    }

    private static bool TryParseBracketedIPv6(ReadOnlySpan<byte> text, bool allowObfuscatedPort, [NotNullWhen(true)] out IPAddress? address)
    {
        var close = text.IndexOf((byte)']');
        address = null;
        if (close < 0)
        {
            return false;
        }

        var rest = text[(close + 1)..];
        if (!rest.IsEmpty && (rest[0] != (byte)':' || !IsPort(rest[1..], allowObfuscatedPort)))
        {
            return false;
        }

        return TryParseIPv6(text[1..close], out address);
    }

    private static bool TryParseIPv4(ReadOnlySpan<byte> text, [NotNullWhen(true)] out IPAddress? address)
    {
        address = null;
        Span<byte> octets = stackalloc byte[4];
        var count = 0;
        foreach (var range in text.Split((byte)'.'))
        {
            var digits = text[range];
            if (count == 4 || digits.Length is 0 or > 3 || digits.ContainsAnyExceptInRange((byte)'0', (byte)'9') || (digits.Length > 1 && digits[0] == (byte)'0'))
            {
                return false;
            }

            var value = 0;
            foreach (var digit in digits)
            {
                value = (value * 10) + (digit - '0');
            }

            if (value > 255)
            {
                return false;
            }

            octets[count++] = (byte)value;
        }

        if (count != 4)
        {
            return false;
        }

        address = new IPAddress(octets);
        return true;
    }

    private static bool TryParseIPv6(ReadOnlySpan<byte> text, [NotNullWhen(true)] out IPAddress? address)
    {
        address = null;
        if (text.Length is < 2 or > MaxIPv6Length || text.ContainsAnyExcept(s_ipv6Characters))
        {
            return false;
        }

        Span<char> chars = stackalloc char[MaxIPv6Length];
        Ascii.ToUtf16(text, chars, out var written);
        if (!IPAddress.TryParse(chars[..written], out var parsed) || parsed.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        address = parsed.IsIPv4MappedToIPv6 ? parsed.MapToIPv4() : parsed;
        return true;
    }

    // port = 1*5DIGIT; obfport = "_" 1*( ALPHA / DIGIT / "." / "_" / "-" ).
    private static bool IsPort(ReadOnlySpan<byte> text, bool allowObfuscated) =>
        (text.Length is >= 1 and <= 5 && !text.ContainsAnyExceptInRange((byte)'0', (byte)'9'))
        || (allowObfuscated && IsObfuscated(text));

    private static bool IsObfuscated(ReadOnlySpan<byte> text) =>
        text.Length >= 2 && text[0] == (byte)'_'
        && !text[1..].ContainsAnyExcept(s_obfuscatedCharacters);
}

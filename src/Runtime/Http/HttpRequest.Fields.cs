using System;
using System.Text;

namespace MiniHttp;

public readonly ref partial struct HttpRequest
{
    /// <summary>Every header field, in the order sent, without allocating: <c>foreach (var field in request.HeaderFields)</c>.</summary>
    public HeaderFieldEnumerator HeaderFields => new(Headers);

    /// <summary>
    /// Finds the cookie named <paramref name="name"/> (case-sensitive) in the <c>Cookie</c> header, read as RFC 6265,
    /// section 4.2.1 has it: <c>name=value</c> pairs separated by <c>;</c> and a space. Whitespace around a pair is
    /// tolerated, and every <c>Cookie</c> field is searched, first to last.
    /// </summary>
    /// <param name="name">The cookie's name.</param>
    /// <param name="value">The cookie's value as sent, without the double quotes that may surround it; not decoded.</param>
    /// <returns>Whether the cookie was found; the first one wins when a name is repeated.</returns>
    public bool TryGetCookie(ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        foreach (var field in HeaderFields)
        {
            if (Ascii.EqualsIgnoreCase(field.Name, "Cookie"u8) && TryFindCookie(field.Value, name, out value))
            {
                return true;
            }
        }

        value = default;
        return false;
    }

    private static bool TryFindCookie(ReadOnlySpan<byte> cookies, ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        foreach (var range in cookies.Split((byte)';'))
        {
            var pair = cookies[range].Trim(" \t"u8);
            var equals = pair.IndexOf((byte)'=');
            if (equals < 0 || !pair[..equals].SequenceEqual(name))
            {
                continue;
            }

            value = pair[(equals + 1)..];
            if (value.Length >= 2 && value[0] == (byte)'"' && value[^1] == (byte)'"')
            {
                value = value[1..^1];
            }

            return true;
        }

        value = default;
        return false;
    }
}

using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using MiniHttp.Parsing;

namespace MiniHttp;

internal static partial class ForwardedHeaders
{
    /// <summary>
    /// Reads every <c>Forwarded</c> field (RFC 7239, section 4), in order, as one list of elements, into hops ordered
    /// client first: <c>for=192.0.2.60;proto=https, for="[2001:db8::1]:4711"</c>. Only <c>for</c> and <c>proto</c>
    /// are used; <c>by</c>, <c>host</c> and extensions are parsed and passed over.
    /// </summary>
    private static bool TryReadForwarded(ReadOnlySpan<byte> headers, List<ForwardedHop> hops)
    {
        foreach (var field in new HeaderFieldEnumerator(headers))
        {
            if (Ascii.EqualsIgnoreCase(field.Name, "Forwarded"u8) && !TryReadElements(field.Value, hops))
            {
                return false;
            }
        }

        return true;
    }

    // forwarded-element = [ forwarded-pair ] *( ";" [ forwarded-pair ] ); forwarded-pair = token "=" value;
    // value = token / quoted-string. Elements are a comma-separated list; whitespace around ";" is tolerated.
    private static bool TryReadElements(ReadOnlySpan<byte> value, List<ForwardedHop> hops)
    {
        var element = default(ForwardedElement);
        var position = 0;
        while (true)
        {
            position = HttpCharacters.SkipWhitespace(value, position);
            if (position == value.Length || value[position] == (byte)',')
            {
                // An empty element (nothing between two commas) is no hop (RFC 9110, section 5.6.1).
                if (element.HasPairs)
                {
                    hops.Add(element.ToHop());
                }

                if (position == value.Length)
                {
                    return true;
                }

                element = default;
                position++;
                continue;
            }

            if (value[position] == (byte)';')
            {
                position++;
                continue;
            }

            var nameLength = value[position..].IndexOfAnyExcept(HttpCharacters.Token);
            if (nameLength <= 0 || value[position + nameLength] != (byte)'=')
            {
                return false;
            }

            var name = value.Slice(position, nameLength);
            position += nameLength + 1;
            if (!TryReadValue(value, ref position, out var parameter, out var escaped) || !element.TryAdd(name, parameter, escaped))
            {
                return false;
            }

            position = HttpCharacters.SkipWhitespace(value, position);
            if (position < value.Length && value[position] is not ((byte)';' or (byte)','))
            {
                return false;
            }
        }
    }

    /// <summary>Reads a token or a quoted-string at <paramref name="position"/>; for a quoted-string, its content between the quotes.</summary>
    /// <param name="escaped">Whether the quoted-string holds a quoted-pair, so its content is not the value as is.</param>
    private static bool TryReadValue(ReadOnlySpan<byte> value, ref int position, out ReadOnlySpan<byte> parameter, out bool escaped)
    {
        parameter = default;
        escaped = false;
        if (position == value.Length)
        {
            return false;
        }

        if (value[position] != (byte)'"')
        {
            var length = value[position..].IndexOfAnyExcept(HttpCharacters.Token);
            length = length < 0 ? value.Length - position : length;
            parameter = value.Slice(position, length);
            position += length;
            return length > 0;
        }

        var start = position + 1;
        var end = start;
        while (true)
        {
            var delimiter = value[end..].IndexOfAny(HttpCharacters.QuotedStringDelimiters);
            if (delimiter < 0)
            {
                return false;
            }

            end += delimiter;
            if (value[end] == (byte)'"')
            {
                parameter = value[start..end];
                position = end + 1;
                return true;
            }

            if (value[end] != (byte)'\\' || end + 1 == value.Length)
            {
                return false;
            }

            escaped = true;
            end += 2;
        }
    }

    /// <summary>The parameters of one element read so far; each may appear once (RFC 7239, section 4).</summary>
    private struct ForwardedElement
    {
        private bool _hasFor;
        private bool _hasProto;
        private bool _hasBy;
        private bool _hasHost;
        private IPAddress? _for;
        private bool? _isHttps;

        public bool HasPairs { get; private set; }

        public readonly ForwardedHop ToHop() => new(_for, _isHttps);

        public bool TryAdd(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value, bool escaped)
        {
            HasPairs = true;
            if (Ascii.EqualsIgnoreCase(name, "for"u8))
            {
                // A node never needs a quoted-pair: one there is not an address.
                return !escaped && IsFirst(ref _hasFor) && ForwardedNode.TryParseForwardedFor(value, out _for);
            }

            if (Ascii.EqualsIgnoreCase(name, "proto"u8))
            {
                var isFirst = IsFirst(ref _hasProto);
                var parsed = TryParseScheme(value, out var isHttps);
                _isHttps = isHttps;
                return isFirst && !escaped && parsed;
            }

            return (!Ascii.EqualsIgnoreCase(name, "by"u8) || IsFirst(ref _hasBy)) && (!Ascii.EqualsIgnoreCase(name, "host"u8) || IsFirst(ref _hasHost));
        }

        private static bool IsFirst(ref bool seen)
        {
            var first = !seen;
            seen = true;
            return first;
        }
    }
}

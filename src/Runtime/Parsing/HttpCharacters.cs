using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace MiniHttp.Parsing;

/// <summary>The byte classes of RFC 9110/9112 the parser searches with, as vectorised <see cref="SearchValues{T}"/>.</summary>
internal static class HttpCharacters
{
    /// <summary>tchar (RFC 9110, section 5.6.2): the bytes of methods, field names and list tokens.</summary>
    public static readonly SearchValues<byte> Token =
        SearchValues.Create("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"u8);

    /// <summary>
    /// The bytes an origin-form target may hold: visible ASCII but <c>#</c> (a fragment is never sent).
    /// Anything else (space, controls, bytes from 0x7F up) ends or invalidates the target.
    /// </summary>
    public static readonly SearchValues<byte> RequestTarget = SearchValues.Create(
        "!\"$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"u8);

    /// <summary>
    /// The bytes a field value may not hold: controls other than HTAB, and DEL (RFC 9110, section 5.5).
    /// CR and LF are among them, so one search finds both the end of the line and any invalid byte.
    /// </summary>
    public static readonly SearchValues<byte> FieldValueDelimiters = SearchValues.Create(
        "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0A\x0B\x0C\x0D\x0E\x0F\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1A\x1B\x1C\x1D\x1E\x1F\x7F"u8);

    /// <summary>
    /// What ends a run of qdtext in a quoted-string (RFC 9110, section 5.6.4): the closing quote, a
    /// backslash starting a quoted-pair, or a byte no quoted-string may hold (the field value's delimiters).
    /// </summary>
    public static readonly SearchValues<byte> QuotedStringDelimiters = SearchValues.Create(
        "\"\\\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0A\x0B\x0C\x0D\x0E\x0F\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1A\x1B\x1C\x1D\x1E\x1F\x7F"u8);

    /// <summary>
    /// The bytes of a Host value (RFC 3986 uri-host [ ":" port ]): unreserved, pct-encoded, sub-delims,
    /// the colon before the port and the brackets of an IP literal.
    /// </summary>
    public static readonly SearchValues<byte> Host = SearchValues.Create(
        "!$%&'()*+,-.0123456789:;=ABCDEFGHIJKLMNOPQRSTUVWXYZ[]_abcdefghijklmnopqrstuvwxyz~"u8);

    /// <summary>SP and HTAB: OWS, BWS and RWS are made of these (RFC 9110, section 5.6.3).</summary>
    public static ReadOnlySpan<byte> Whitespace => " \t"u8;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhitespace(byte value) => value is (byte)' ' or (byte)'\t';

    /// <summary>The offset of the first byte at or after <paramref name="start"/> that is not SP or HTAB.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SkipWhitespace(ReadOnlySpan<byte> span, int start)
    {
        var skipped = span[start..].IndexOfAnyExcept((byte)' ', (byte)'\t');
        return skipped < 0 ? span.Length : start + skipped;
    }

    /// <summary>Whether <paramref name="span"/> is one or more tchar.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsToken(ReadOnlySpan<byte> span) => !span.IsEmpty && !span.ContainsAnyExcept(Token);

    /// <summary>The value of a hex digit, or -1 for any other byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HexValue(byte value)
    {
        if ((uint)(value - '0') <= 9)
        {
            return value - '0';
        }

        // Setting bit 5 folds 'A'-'F' onto 'a'-'f' and moves no other byte into that range.
        var lower = (uint)(value | 0x20) - 'a';
        return lower <= 5 ? (int)lower + 10 : -1;
    }
}

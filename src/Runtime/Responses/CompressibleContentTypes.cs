using System;
using System.Text;

namespace MiniHttp;

/// <summary>
/// The media types worth compressing: text, JSON, XML and JavaScript. Anything else (images, archives, fonts, and
/// <c>application/octet-stream</c>, whose content nobody declared) is most likely compressed already or of unknown
/// worth, and is sent as it is.
/// </summary>
internal static class CompressibleContentTypes
{
    /// <summary>Whether the type of a <c>Content-Type: type/subtype[; parameters]\r\n</c> line is one to compress.</summary>
    public static bool Includes(ReadOnlySpan<byte> contentTypeLine)
    {
        var colon = contentTypeLine.IndexOf((byte)':');
        if (colon < 0)
        {
            return false;
        }

        var value = contentTypeLine[(colon + 1)..].TrimStart(" \t"u8);
        var end = value.IndexOfAny(";\r"u8);
        var mediaType = (end < 0 ? value : value[..end]).TrimEnd(" \t"u8);

        return StartsWithIgnoreCase(mediaType, "text/"u8)
            || Ascii.EqualsIgnoreCase(mediaType, "application/json"u8)
            || Ascii.EqualsIgnoreCase(mediaType, "application/xml"u8)
            || Ascii.EqualsIgnoreCase(mediaType, "application/javascript"u8)
            || EndsWithIgnoreCase(mediaType, "+json"u8)
            || EndsWithIgnoreCase(mediaType, "+xml"u8);
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> prefix) =>
        text.Length >= prefix.Length && Ascii.EqualsIgnoreCase(text[..prefix.Length], prefix);

    private static bool EndsWithIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> suffix) =>
        text.Length >= suffix.Length && Ascii.EqualsIgnoreCase(text[^suffix.Length..], suffix);
}

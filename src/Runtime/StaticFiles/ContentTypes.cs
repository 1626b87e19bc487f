using System;
using System.IO;
using System.Text;

namespace MiniHttp.StaticFiles;

/// <summary>
/// The <c>Content-Type</c> line of a file, by its extension (ASCII case-insensitive), for the types web pages are made
/// of; anything else is <c>application/octet-stream</c>, which no browser renders or runs.
/// </summary>
internal static class ContentTypes
{
    // Looked up by a linear scan: a few dozen short comparisons cost nothing next to opening the file.
    private static readonly (string Extension, byte[] Line)[] s_types =
    [
        Type("html", "text/html; charset=utf-8"),
        Type("htm", "text/html; charset=utf-8"),
        Type("css", "text/css"),
        Type("js", "text/javascript"),
        Type("mjs", "text/javascript"),
        Type("json", "application/json"),
        Type("map", "application/json"),
        Type("txt", "text/plain; charset=utf-8"),
        Type("csv", "text/csv; charset=utf-8"),
        Type("md", "text/markdown; charset=utf-8"),
        Type("xml", "application/xml"),
        Type("svg", "image/svg+xml"),
        Type("png", "image/png"),
        Type("jpg", "image/jpeg"),
        Type("jpeg", "image/jpeg"),
        Type("gif", "image/gif"),
        Type("webp", "image/webp"),
        Type("avif", "image/avif"),
        Type("ico", "image/x-icon"),
        Type("woff", "font/woff"),
        Type("woff2", "font/woff2"),
        Type("ttf", "font/ttf"),
        Type("otf", "font/otf"),
        Type("wasm", "application/wasm"),
        Type("pdf", "application/pdf"),
        Type("mp4", "video/mp4"),
        Type("webm", "video/webm"),
        Type("mp3", "audio/mpeg"),
    ];

    private static readonly byte[] s_octetStream = "Content-Type: application/octet-stream\r\n"u8.ToArray();

    /// <summary>The whole header line, CRLF included, ready to copy into a response head.</summary>
    public static byte[] LineFor(ReadOnlySpan<char> path)
    {
        var extension = Path.GetExtension(path);
        if (!extension.IsEmpty)
        {
            foreach (var (known, line) in s_types)
            {
                if (extension[1..].Equals(known, StringComparison.OrdinalIgnoreCase))
                {
                    return line;
                }
            }
        }

        return s_octetStream;
    }

    private static (string, byte[]) Type(string extension, string mediaType) =>
        (extension, Encoding.ASCII.GetBytes($"Content-Type: {mediaType}\r\n"));
}

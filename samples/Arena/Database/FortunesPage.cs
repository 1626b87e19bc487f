using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Text;
using MiniHttp;

namespace Arena.Database;

/// <summary>
/// The <c>/fortunes</c> page: an escaping UTF-8 writer rather than a template engine (the entry is <c>tuned</c>; see
/// docs/deployment.md for the measurement behind the choice). Every message goes through <see cref="WriteEscaped"/>,
/// which escapes the five characters HTML gives meaning to, so no stored text can open a tag or end an attribute.
/// </summary>
public static class FortunesPage
{
    // About 24 KiB for HttpArena's 201 rows: one growth at most.
    private const int InitialCapacity = 32 * 1024;

    private static readonly SearchValues<char> s_special = SearchValues.Create("<>&\"'");

    private static ReadOnlySpan<byte> Head =>
        "<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table><tr><th>id</th><th>message</th></tr>"u8;

    private static ReadOnlySpan<byte> Tail => "</table></body></html>"u8;

    /// <summary>The page for <paramref name="fortunes"/>, in their order, as a <c>text/html</c> result.</summary>
    public static HttpResult Render(List<Fortune> fortunes)
    {
        ArgumentNullException.ThrowIfNull(fortunes);
        var page = new ArrayBufferWriter<byte>(InitialCapacity);
        page.Write(Head);
        foreach (var fortune in fortunes)
        {
            page.Write("<tr><td>"u8);
            Utf8Formatter.TryFormat(fortune.Id, page.GetSpan(11), out var written);
            page.Advance(written);
            page.Write("</td><td>"u8);
            WriteEscaped(page, fortune.Message);
            page.Write("</td></tr>"u8);
        }

        page.Write(Tail);
        return HttpResult.Bytes(200, page.WrittenMemory).WithHeader("Content-Type", "text/html; charset=utf-8");
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 with <c>&lt; &gt; &amp; &quot; &#39;</c> escaped.</summary>
    internal static void WriteEscaped(IBufferWriter<byte> output, ReadOnlySpan<char> text)
    {
        while (true)
        {
            var special = text.IndexOfAny(s_special);
            var run = special < 0 ? text : text[..special];
            if (!run.IsEmpty)
            {
                var written = Encoding.UTF8.GetBytes(run, output.GetSpan(Encoding.UTF8.GetMaxByteCount(run.Length)));
                output.Advance(written);
            }

            if (special < 0)
            {
                return;
            }

            output.Write(text[special] switch
            {
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '&' => "&amp;"u8,
                '"' => "&quot;"u8,
                _ => "&#39;"u8,
            });
            text = text[(special + 1)..];
        }
    }
}

using System.Linq;
using System.Text;
using static MiniHttp.Tests.WebSockets.ClientFrames;

namespace MiniHttp.Tests.WebSockets;

/// <summary>
/// What a client sends after the handshake and what an echo server must answer, in the spirit of the Autobahn test
/// suite's sections 1 to 7; each case runs over in-memory pipes and over a loopback socket. Every case ends with the
/// client's close (or a frame that fails the connection), so the last line is the server's close.
/// </summary>
internal static class Corpus
{
    private static byte[] Bytes(int length, byte value = 0x2A) => Enumerable.Repeat(value, length).ToArray();

    private static string Hex(int length, byte value = 0x2A) => System.Convert.ToHexString(Bytes(length, value));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Section 1: framing, text and binary, at each length encoding's edges.</summary>
    public static TheoryData<string, byte[], string[]> Framing() => new()
    {
        { "empty text", Concat(TextFrame(""), CloseFrame(1000)), ["Text ", "Close 1000"] },
        { "125 bytes of text", Concat(TextFrame(new string('*', 125)), CloseFrame(1000)), ["Text " + new string('*', 125), "Close 1000"] },
        { "126 bytes of text", Concat(TextFrame(new string('*', 126)), CloseFrame(1000)), ["Text " + new string('*', 126), "Close 1000"] },
        { "65535 bytes of text", Concat(TextFrame(new string('*', 65535)), CloseFrame(1000)), ["Text " + new string('*', 65535), "Close 1000"] },
        { "65536 bytes of text", Concat(TextFrame(new string('*', 65536)), CloseFrame(1000)), ["Text " + new string('*', 65536), "Close 1000"] },
        { "empty binary", Concat(Frame(Binary, []), CloseFrame(1000)), ["Binary ", "Close 1000"] },
        { "126 bytes of binary", Concat(Frame(Binary, Bytes(126)), CloseFrame(1000)), ["Binary " + Hex(126), "Close 1000"] },
        { "65536 bytes of binary", Concat(Frame(Binary, Bytes(65536, 0xFE)), CloseFrame(1000)), ["Binary " + Hex(65536, 0xFE), "Close 1000"] },
        { "three messages at once", Concat(TextFrame("a"), Frame(Binary, [1, 2]), TextFrame("c"), CloseFrame(1000)), ["Text a", "Binary 0102", "Text c", "Close 1000"] },
        { "an unmasked frame", Concat(Frame(Text, Utf8("x"), masked: false)), ["Close 1002"] },
        { "a 16-bit length for 125 bytes", Concat(Frame(Binary, Bytes(125), lengthBytes: 2)), ["Close 1002"] },
        { "a 64-bit length for 65535 bytes", Concat(Frame(Binary, Bytes(65535), lengthBytes: 8)), ["Close 1002"] },
        { "a 64-bit length with its top bit set", [0x82, 0xFF, 0x80, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4], ["Close 1002"] },
    };

    /// <summary>Section 2: pings and pongs.</summary>
    public static TheoryData<string, byte[], string[]> Pings() => new()
    {
        { "an empty ping", Concat(Frame(Ping, []), CloseFrame(1000)), ["Pong ", "Close 1000"] },
        { "a ping with 125 bytes", Concat(Frame(Ping, Bytes(125)), CloseFrame(1000)), ["Pong " + Hex(125), "Close 1000"] },
        { "a ping with 126 bytes", Concat(Frame(Ping, Bytes(126))), ["Close 1002"] },
        { "a binary ping", Concat(Frame(Ping, [0, 0xFF, 0xFE]), CloseFrame(1000)), ["Pong 00FFFE", "Close 1000"] },
        { "an unsolicited pong", Concat(Frame(Pong, Utf8("x")), TextFrame("after"), CloseFrame(1000)), ["Text after", "Close 1000"] },
        { "a fragmented ping", Concat(Frame(Ping, Utf8("a"), fin: false), Frame(Continuation, Utf8("b"))), ["Close 1002"] },
        { "ten pings", Concat([.. Enumerable.Range(0, 10).Select(i => Frame(Ping, [(byte)i])), CloseFrame(1000)]), [.. Enumerable.Range(0, 10).Select(i => $"Pong {i:X2}"), "Close 1000"] },
    };

    /// <summary>Sections 3 and 4: reserved bits and reserved opcodes, after a message that is still answered.</summary>
    public static TheoryData<string, byte[], string[]> Reserved()
    {
        var data = new TheoryData<string, byte[], string[]>();
        foreach (var bit in new byte[] { 0x40, 0x20, 0x10, 0x70 })
        {
            data.Add($"reserved bits {bit:X2}", Concat(TextFrame("ok"), Frame(Text, Utf8("x"), reservedBits: bit)), ["Text ok", "Close 1002"]);
        }

        data.Add("reserved bit on a ping", Concat(Frame(Ping, [], reservedBits: 0x40)), ["Close 1002"]);
        foreach (var opcode in new byte[] { 3, 4, 5, 6, 7, 0xB, 0xC, 0xD, 0xE, 0xF })
        {
            data.Add($"reserved opcode {opcode:X}", Concat(TextFrame("ok"), Frame(opcode, Utf8("x"))), ["Text ok", "Close 1002"]);
        }

        return data;
    }

    /// <summary>Section 5: fragmentation, with control frames between fragments.</summary>
    public static TheoryData<string, byte[], string[]> Fragmentation() => new()
    {
        { "text in two fragments", Concat(TextFrame("frag", fin: false), Frame(Continuation, Utf8("ment")), CloseFrame(1000)), ["Text fragment", "Close 1000"] },
        { "binary in three fragments", Concat(Frame(Binary, [1], fin: false), Frame(Continuation, [2], fin: false), Frame(Continuation, [3]), CloseFrame(1000)), ["Binary 010203", "Close 1000"] },
        { "empty fragments", Concat(TextFrame("", fin: false), Frame(Continuation, [], fin: false), Frame(Continuation, Utf8("x")), CloseFrame(1000)), ["Text x", "Close 1000"] },
        { "a ping between fragments", Concat(TextFrame("a", fin: false), Frame(Ping, Utf8("p")), Frame(Continuation, Utf8("b")), CloseFrame(1000)), ["Pong 70", "Text ab", "Close 1000"] },
        { "a pong between fragments", Concat(TextFrame("a", fin: false), Frame(Pong, Utf8("p")), Frame(Continuation, Utf8("b")), CloseFrame(1000)), ["Text ab", "Close 1000"] },
        { "a close between fragments", Concat(TextFrame("a", fin: false), CloseFrame(1000)), ["Close 1000"] },
        { "a continuation with nothing to continue", Concat(Frame(Continuation, Utf8("x"))), ["Close 1002"] },
        { "a continuation after a whole message", Concat(TextFrame("a"), Frame(Continuation, Utf8("x"))), ["Text a", "Close 1002"] },
        { "a new message before the last ended", Concat(TextFrame("a", fin: false), TextFrame("b")), ["Close 1002"] },
        { "a binary message inside a text one", Concat(TextFrame("a", fin: false), Frame(Binary, [1])), ["Close 1002"] },
        { "a fragmented close", Concat(Frame(Close, [3, 0xE8], fin: false), Frame(Continuation, [])), ["Close 1002"] },
    };

    /// <summary>Section 6: UTF-8 in text messages, whole and split anywhere, and invalid sequences.</summary>
    public static TheoryData<string, byte[], string[]> Utf8Text()
    {
        var data = new TheoryData<string, byte[], string[]>
        {
            { "valid text of every length", Concat(TextFrame("κόσμε €𝄞"), CloseFrame(1000)), ["Text κόσμε €𝄞", "Close 1000"] },
            { "the largest code point", Concat(Frame(Text, [0xF4, 0x8F, 0xBF, 0xBF]), CloseFrame(1000)), ["Text \U0010FFFF", "Close 1000"] },
            { "a code point split across fragments", Concat(Frame(Text, [0xF0, 0x9D], fin: false), Frame(Continuation, [0x84, 0x9E]), CloseFrame(1000)), ["Text 𝄞", "Close 1000"] },
            { "a code point split three ways", Concat(Frame(Text, [0xE2], fin: false), Frame(Continuation, [0x82], fin: false), Frame(Continuation, [0xAC]), CloseFrame(1000)), ["Text €", "Close 1000"] },
            { "a message ending mid code point", Concat(Frame(Text, [0x61, 0xE2, 0x82])), ["Close 1007"] },
            { "fragments ending mid code point", Concat(Frame(Text, [0xE2], fin: false), Frame(Continuation, [0x82])), ["Close 1007"] },
            { "an invalid first fragment fails before the rest", Concat(Frame(Text, [0x61, 0xFF], fin: false)), ["Close 1007"] },
            { "a prefix nothing can complete", Concat(Frame(Text, [0xE0, 0x80], fin: false)), ["Close 1007"] },
            { "invalid text in a binary message is fine", Concat(Frame(Binary, [0xFF]), CloseFrame(1000)), ["Binary FF", "Close 1000"] },
        };
        foreach (var (name, bytes) in new (string, byte[])[]
        {
            ("an overlong slash", [0xC0, 0xAF]),
            ("an overlong three-byte form", [0xE0, 0x80, 0xAF]),
            ("an overlong four-byte form", [0xF0, 0x80, 0x80, 0xAF]),
            ("a high surrogate", [0xED, 0xA0, 0x80]),
            ("a low surrogate", [0xED, 0xBF, 0xBF]),
            ("past U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
            ("a lone continuation byte", [0x80]),
            ("the byte FE", [0xFE]),
        })
        {
            data.Add(name, Concat(Frame(Text, bytes)), ["Close 1007"]);
            data.Add(name + ", split", Concat(Frame(Text, bytes[..1], fin: false), Frame(Continuation, bytes[1..])), ["Close 1007"]);
        }

        return data;
    }

    /// <summary>Section 7: the close handshake, close codes and reasons.</summary>
    public static TheoryData<string, byte[], string[]> Closing()
    {
        var data = new TheoryData<string, byte[], string[]>
        {
            { "an empty close", Concat(Frame(Close, [])), ["Close"] },
            { "a close with a reason", Concat(CloseFrame(1000, "done")), ["Close 1000 done"] },
            { "a close with one byte", Concat(Frame(Close, [0x03])), ["Close 1002"] },
            { "a close whose reason is not UTF-8", Concat(Frame(Close, [0x03, 0xE8, 0xFF])), ["Close 1007"] },
            { "a close with 123 bytes of reason", Concat(CloseFrame(1000, new string('r', 123))), ["Close 1000 " + new string('r', 123)] },
            { "messages after the close are not answered", Concat(CloseFrame(1000), TextFrame("late"), Frame(Ping, [])), ["Close 1000"] },
        };
        foreach (var code in new[] { 1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 3999, 4000, 4999 })
        {
            data.Add($"close code {code}", Concat(CloseFrame(code)), [$"Close {code}"]);
        }

        foreach (var code in new[] { 0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535 })
        {
            data.Add($"invalid close code {code}", Concat(CloseFrame(code)), ["Close 1002"]);
        }

        return data;
    }

    /// <summary>The message size limit, with <see cref="SmallLimits"/>: 1009 from the header, before the payload.</summary>
    public static TheoryData<string, byte[], string[]> Limits() => new()
    {
        { "a message at the limit", Concat(Frame(Binary, Bytes(1024)), CloseFrame(1000)), ["Binary " + Hex(1024), "Close 1000"] },
        { "a frame past the limit", Concat(Frame(Binary, Bytes(1025))), ["Close 1009"] },
        { "fragments past the limit", Concat(Frame(Binary, Bytes(1000), fin: false), Frame(Continuation, Bytes(25))), ["Close 1009"] },
        { "a 64-bit length past any limit, without its payload", [0x82, 0xFF, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 1, 2, 3, 4], ["Close 1009"] },
    };

    public static ServerLimits SmallLimits => ServerLimits.Default with { MaxWebSocketMessageSize = 1024 };
}
